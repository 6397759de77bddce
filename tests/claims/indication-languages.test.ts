// Uses read the way each language states them: an approval word beside a disease, relapsed or
// refractory disease, "can be used", coordinated products, and denials that are no use.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers';
import { field } from '../helpers/frames';

const uses = (text: string) =>
  claimsOf([{ text }])
    .filter((c) => c.kind === 'indication')
    .map((c) => `${c.productId}:${String(field(c, 'conditionId'))}:${String(field(c, 'approved') ?? true)}`);
const approvals = (text: string) =>
  claimsOf([{ text }])
    .filter((c) => c.kind === 'approval')
    .map((c) => c.productId);

describe('indications in other languages', () => {
  it.each([
    ['多発性骨髄腫では、アベクマが承認されています。', 'idecabtagene-vicleucel:multiple-myeloma:true'],
    ['キムリアは再発・難治性のびまん性大細胞型B細胞リンパ腫に使えます。', 'tisagenlecleucel:dlbcl:true'],
    ['Kymriah wird bei Kindern mit ALL eingesetzt.', 'tisagenlecleucel:all:true'],
    // "Is used for", in each language's own words.
    ['킴리아주는 성인 미만성 거대B세포림프종에 사용합니다.', 'tisagenlecleucel:lbcl:true'],
    ['Kymriah wird beim follikulären Lymphom eingesetzt.', 'tisagenlecleucel:fl:true'],
    [
      'Yescarta est utilisé dans le lymphome diffus à grandes cellules B.',
      'axicabtagene-ciloleucel:dlbcl:true',
    ],
    ['O Kymriah é usado na leucemia linfoblástica aguda.', 'tisagenlecleucel:all:true'],
    ['キムリアは濾胞性リンパ腫にも使われています。', 'tisagenlecleucel:fl:true'],
  ])('%j', (text, want) => {
    expect(uses(text)).toContain(want);
  });

  it('reads no use from a denied approval', () => {
    expect(
      uses('Anito-cel, eine CAR-T beim Multiplen Myelom, ist weder in der EU noch in den USA zugelassen.'),
    ).toEqual([]);
  });

  it('reads "n’est pas utilisé dans" as a use the product does not have', () => {
    expect(uses('Aucatzyl est réservé à l’adulte et n’est pas utilisé dans les lymphomes.')).toContain(
      'obecabtagene-autoleucel:lymphoma:false',
    );
  });

  it('gives a claim to every product of a coordinated subject', () => {
    expect(approvals('Йескарта и Кимрая одобрены в Евросоюзе с августа 2018 года.')).toEqual([
      'axicabtagene-ciloleucel',
      'tisagenlecleucel',
    ]);
    expect(approvals('アベクマやカービクティが承認されています。')).toEqual([
      'idecabtagene-vicleucel',
      'ciltacabtagene-autoleucel',
    ]);
  });
});

describe('Russian permits and counts of lines', () => {
  const uses = (...texts: string[]) =>
    claimsOf(texts.map((text) => ({ text })))
      .filter((c) => c.kind === 'indication')
      .map(
        (c) => `${c.productId}:${String(field(c, 'minPriorLines'))}:${String(field(c, 'dated') ?? false)}`,
      );

  it('reads "разрешена после N линий" as a use, and "до сих пор" with the present as today\'s label', () => {
    expect(uses('А вот Абекма в США до сих пор разрешена только после четырёх линий.')).toEqual([
      'idecabtagene-vicleucel:4:false',
    ]);
    expect(uses('Абекма в США до сих пор была разрешена только после четырёх линий.')).toEqual([
      'idecabtagene-vicleucel:4:true',
    ]);
  });
});
