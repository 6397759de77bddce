// A table whose columns are a regulator's approval and the uses ("EU-Zulassung | Anwendungsgebiete")
// lists that regulator's uses in each row: the use cell is checked against that regulator's label,
// so a label it has since replaced, presented as today's, is outdated there even where another
// regulator's current label still reads so (Health Canada: Abecma after three prior therapies).
import { describe, expect, it } from 'vitest';
import { verified } from './helpers';

const header = ['Präparat (Wirkstoff)', 'Zielantigen', 'EU-Zulassung', 'Anwendungsgebiete (verkürzt)'];
const row = (cells: string[]) => [{ kind: 'table-row' as const, text: cells.join(' | '), cells, header }];

describe("a row under a regulator's column", () => {
  it('checks the use cell against that regulator: a replaced EU label shown as current is outdated', () => {
    const uses = verified(
      row([
        'Abecma (Idecabtagen-Vicleucel)',
        'BCMA',
        '08/2021, bedingt',
        'Multiples Myelom nach ≥ 3 Vortherapien',
      ]),
    ).filter((c) => c.kind === 'indication');
    expect(uses).toHaveLength(1);
    expect(uses[0]!.verdict).toBe('differs');
    expect(uses[0]!.explanation).toContain('Outdated: that was the EMA label');
  });

  it("the EU's second-line Breyanzi label (May 2023) names FL3B among its sub-types", () => {
    const uses = verified(
      row([
        'Breyanzi (Lisocabtagen-Maraleucel)',
        'CD19',
        '2022',
        'DLBCL, HGBCL, PMBCL, FL3B ab der Zweitlinie',
      ]),
    ).filter((c) => c.kind === 'indication');
    expect(uses.map((c) => c.verdict)).toEqual(['consistent', 'consistent', 'consistent', 'consistent']);
  });
});

describe('a regulator named by its adjective in a column header', () => {
  it.each([
    ['Médicament', 'AMM européenne', 'Principales indications'],
    ['Producto', 'Autorización europea', 'Indicación'],
    ['Produto', 'Aprovação europeia', 'Indicação'],
    ['Präparat', 'Europäische Zulassung', 'Anwendungsgebiet'],
  ])('%s | %s: the row’s uses are the EU’s, never the FDA’s “adults”', (product, approval, uses) => {
    const header = [product, approval, uses];
    const cells = ['Tecartus', '2020', "LAL-B de l'adulte dès 18 ans"];
    const found = verified([{ kind: 'table-row' as const, text: cells.join(' | '), cells, header }]).filter(
      (c) => c.kind === 'indication',
    );
    // The EU label is for adults from 26: the page's 18 is not confirmed by the FDA's "adult patients".
    expect(found.map((c) => c.verdict)).not.toContain('consistent');
    expect(found.length).toBeGreaterThan(0);
  });
});
