import { describe, expect, it } from 'vitest';
import { verified } from '../verify/helpers';
import { field } from '../helpers/frames';
import { row } from './helpers';
import type { Claim } from '../../lib/schema';

// Readings drawn from the false alarms of blind set 26 after its second scoring (the set is spent).

const uses = (claims: readonly Claim[]): string[] =>
  claims
    .filter((c) => c.kind === 'indication')
    .map((c) => `${c.productId}:${String(field(c, 'minPriorLines') ?? '-')}:${c.verdict}`);

describe('lines of therapy had, and a column of the uses at the first approval', () => {
  it('reads "三線治療後" (after three lines) as three lines had, not as the third line', () => {
    const claims = verified([
      row(
        ['伊基奧侖賽', 'BCMA · eque-cel', '內地 2023.06', '多發性骨髓瘤（三線治療後）'],
        ['產品', '靶點', '首次獲批（地區）', '首次獲批時的適應症'],
      ),
    ]);
    expect(uses(claims)).toEqual(['equecabtagene-autoleucel:3:consistent']);
  });

  it('reads "首個獲批適應症" and "Indication lors de l\'autorisation" as columns of the first uses', () => {
    expect(
      uses(
        verified([
          row(
            ['Abecma', 'BCMA（Abecma）', 'FDA／2021年3月26日', '接受過四線或以上治療的r/r多發性骨髓瘤'],
            ['產品', '靶點', '首次獲批（監管機構／日期）', '首個獲批適應症'],
          ),
        ]),
      ),
    ).toEqual(['idecabtagene-vicleucel:4:consistent']);
    expect(
      uses(
        verified([
          row(
            ['Abecma', 'BCMA (ide-cel)', '20.08.2021', 'myélome après au moins trois traitements'],
            ['Produit', 'Cible', 'Première autorisation en Suisse', "Indication lors de l'autorisation"],
          ),
        ]),
      ),
    ).toEqual(['idecabtagene-vicleucel:3:consistent']);
  });
});
