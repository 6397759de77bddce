import { describe, expect, it } from 'vitest';
import { accusing, verified } from '../verify/helpers';
import { field } from '../helpers/frames';
import { row } from './helpers';

// Readings drawn from the misses, false alarms and false reassurance of blind set 40 after its
// scorings (the set is spent), each a reading of a kind of sentence rather than of one: a target in
// apposition to the name before it, a Chinese modifier joined by "之", a target modifying "the other
// products", "not labeled for", a "none" cell that goes on to an approval, a line written before the
// first of listed uses, a place right before a Korean decision noun, a date set aside for one listed
// name, a quoted or reported status word, a Korean modifier clause ending in an approval, "승인된 바
// 없다", an unknown short name, a figure that shares the compared one's unit, a step the page says
// there is none of, and a recorded Australian approval. The sentences are this repository's own.

const of = (claims: ReturnType<typeof verified>, kind: string, productId?: string) =>
  claims.filter((c) => c.kind === kind && (productId === undefined || c.productId === productId));

describe('a target in apposition to the name right before it', () => {
  it('gives "…, et le zévorcabtagène, un CAR-T anti-CD19" to that product alone', () => {
    const claims = verified(
      "Le service utilise l'équécabtagène, le ciltacabtagène (approuvé en Chine en 2024) et le zévorcabtagène, un CAR-T anti-CD19 approuvé en 2024.",
    );
    expect(of(claims, 'target').map((c) => `${c.productId}:${c.verdict}`)).toEqual([
      'zevorcabtagene-autoleucel:differs',
    ]);
  });

  it('reads English and a bracketed other name the same way ("X (…), a CAR-T directed at CD19")', () => {
    const claims = verified('We give Carvykti and Abecma (ide-cel), a CAR-T directed at CD19, to adults.');
    expect(of(claims, 'target').map((c) => c.productId)).toEqual(['idecabtagene-vicleucel']);
  });
});

describe('a Chinese modifier joined to its products by "之"', () => {
  it('gives each "以X為標的之" the products after it, not the ones before', () => {
    const claims = verified(
      '本院可使用以CD19為標的之Kymriah與Yescarta，以及以BCMA為標的之Abecma與Carvykti。',
    );
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'target').map((c) => `${c.productId}:${field(c, 'targetId')}`)).toEqual([
      'tisagenlecleucel:CD19',
      'axicabtagene-ciloleucel:CD19',
      'idecabtagene-vicleucel:TNFRSF17',
      'ciltacabtagene-autoleucel:TNFRSF17',
    ]);
  });
});

describe('targets that modify "the other products"', () => {
  it('gives "X and the other CD19- and BCMA-directed CAR-T products" no target of X', () => {
    const claims = verified(
      'In 2025 the FDA lifted the REMS for Kymriah and the other autologous CD19- and BCMA-directed CAR-T products.',
    );
    expect(of(claims, 'target')).toEqual([]);
  });
});

describe('"not labeled for"', () => {
  it('reads "not labeled for X" as the denial it is', () => {
    const claims = verified('Kymriah is not labeled for mantle cell lymphoma.');
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'indication').map((c) => field(c, 'approved'))).toEqual([false]);
  });
});

describe('a "none" cell that goes on to the approvals there are', () => {
  it('reads "None; approved for … (date)" under an approval column as the approval after the semicolon', () => {
    const claims = verified([
      row(
        ['Kymriah (tisa-cel)', 'None; approved for B-cell ALL (August 30, 2017)'],
        ['Product', 'Myeloma approval (FDA)'],
      ),
    ]);
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'approval').map((c) => `${field(c, 'approved')}:${field(c, 'date')}`)).toEqual([
      'true:2017-08-30',
    ]);
  });
});

describe('a line written before the first of listed uses', () => {
  it('gives "indications include second-line X (date), Y (date)" the second line of X alone', () => {
    const claims = verified(
      "Yescarta's FDA indications include second-line large B-cell lymphoma (April 2022) and follicular lymphoma (March 2021).",
    );
    expect(accusing(claims)).toEqual([]);
    expect(
      of(claims, 'indication').map((c) => `${field(c, 'conditionId')}:${field(c, 'minPriorLines')}`),
    ).toEqual(['lbcl:1', 'fl:undefined']);
  });
});

describe('a place right before a Korean decision noun', () => {
  it('reads "2020년 2월 호주 허가" as Australia\'s, and "미국 FDA" after its date as the FDA\'s', () => {
    const claims = verified('예스카타: 2017년 10월 미국 FDA 승인(림프종), 2020년 2월 호주 허가');
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'approval').map((c) => `${field(c, 'regulator')}:${field(c, 'date')}`)).toEqual([
      'FDA:2017-10',
      'TGA:2020-02',
    ]);
  });
});

describe('a date set aside for one listed name', () => {
  it('dates "X, depuis août 2021, et Y" for X alone', () => {
    const claims = verified(
      'Pour le myélome, deux produits sont autorisés : Abecma, depuis août 2021, et Carvykti.',
    );
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'approval').map((c) => `${c.productId}:${field(c, 'date') ?? 'undated'}`)).toEqual([
      'idecabtagene-vicleucel:2021-08',
      'ciltacabtagene-autoleucel:undated',
    ]);
  });
});

describe("a status word the sentence reports as another's", () => {
  it('reads no denial in "denied it as "experimental""', () => {
    const claims = verified('The insurer denied coverage of Yescarta as "experimental" in 2024.');
    expect(of(claims, 'approval')).toEqual([]);
  });

  it('reads no approval in "is called approved" and keeps the step after it', () => {
    const claims = verified(
      'In the brochure RP1 (vusolimogene oderparepvec) is called approved, but the FDA issued a complete response letter in July 2025.',
    );
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'approval').map((c) => field(c, 'decision'))).toEqual(['crl']);
  });

  it('reads no use in a quotation Korean names after it ("“…신약”으로 소개된")', () => {
    const claims = verified('“올해 승인된 골수종 신약”으로 소개된 anito-cel은 아직 승인된 바 없습니다.');
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'approval').map((c) => `${field(c, 'approved')}:${c.verdict}`)).toEqual([
      'false:consistent',
    ]);
  });
});

describe('a Korean modifier clause that ends in an approval', () => {
  it('reads the approval of "…가 …에 승인한 X는" beside the main clause\'s application', () => {
    const claims = verified(
      '미국 FDA가 2017년 8월 승인한 킴리아는 국내에 다른 적응증 허가 신청이 접수되지 않았습니다.',
    );
    expect(accusing(claims)).toEqual([]);
    expect(
      of(claims, 'approval', 'tisagenlecleucel').map(
        (c) => `${field(c, 'approved')}:${field(c, 'regulator')}:${field(c, 'date')}`,
      ),
    ).toContain('true:FDA:2017-08');
    // The application the page says was never received is a denied step, undated.
    expect(
      of(claims, 'approval')
        .filter((c) => field(c, 'decision') === 'filing')
        .map((c) => `${field(c, 'denied')}:${field(c, 'date')}:${c.verdict}`),
    ).toEqual(['true:undefined:unverified']);
  });
});

describe('short names, "stem-cel", in Cyrillic', () => {
  it('reads "Лете-цел" and "Тиса-цел" as the products they shorten', () => {
    const claims = verified([
      { text: 'Цилта-цел направлен против BCMA.' },
      { text: 'Лете-цел направлен против NY-ESO-1.' },
      { text: 'Тиса-цел зарегистрирован в России в 2023 году.' },
    ]);
    expect(claims.map((c) => `${c.kind}:${c.productId}:${c.verdict}`)).toEqual([
      'target:ciltacabtagene-autoleucel:consistent',
      'target:letetresgene-autoleucel:consistent',
      'approval:tisagenlecleucel:consistent',
    ]);
  });

  it('keeps a short name the dataset does not hold from inheriting the product named before it', () => {
    const claims = verified([
      { text: 'Цилта-цел направлен против BCMA.' },
      { text: 'Вира-цел направлен против CD22.' },
    ]);
    expect(of(claims, 'target').map((c) => `${c.productId}:${c.verdict}`)).toEqual([
      'ciltacabtagene-autoleucel:consistent',
    ]);
  });
});

describe("a figure that shares the compared figure's unit", () => {
  it('reads "(65 gegenüber 32 Prozent)" as 65% against 32%', () => {
    const claims = verified(
      'In ZUMA-7 verdoppelte Yescarta den Anteil kompletter Remissionen (65 gegenüber 32 Prozent).',
    );
    const response = of(claims, 'response', 'axicabtagene-ciloleucel');
    expect(response.map((c) => `${field(c, 'metric')}:${field(c, 'value')}:${c.verdict}`)).toEqual([
      'CR:65:consistent',
    ]);
  });
});

describe('a step the page says there is none of', () => {
  it('reads "kein Zulassungsantrag bekannt" and "No application … has been lodged" as denied steps, unverified', () => {
    const claims = verified([
      row(['Abecma', 'BCMA', 'kein Zulassungsantrag bekannt'], ['Produkt', 'Ziel', 'Status Schweiz']),
      row(['Aucatzyl', 'CD19', 'Sem pedido de registro conhecido'], ['Produto', 'Alvo', 'Situação Anvisa']),
      { text: 'No application for lifileucel has been lodged with the TGA.' },
    ]);
    const steps = of(claims, 'approval').filter((c) => field(c, 'decision') !== undefined);
    expect(steps.map((c) => `${c.productId}:${field(c, 'denied')}:${c.verdict}`)).toEqual([
      'idecabtagene-vicleucel:true:unverified',
      'obecabtagene-autoleucel:true:unverified',
      'lifileucel:true:unverified',
    ]);
  });
});

describe('a recorded Australian approval', () => {
  it('confirms "registered by the TGA in June 2023" for Carvykti, as unconfirmed', () => {
    const claims = verified('Carvykti was registered by the TGA in June 2023 for relapsed multiple myeloma.');
    const approval = of(claims, 'approval', 'ciltacabtagene-autoleucel');
    expect(approval.map((c) => `${field(c, 'regulator')}:${c.verdict}`)).toEqual(['TGA:consistent']);
  });
});

describe("Health Canada's conditional approval by its initials", () => {
  it('reads "NOC/c" and "AC-C" as conditional approvals by Health Canada', () => {
    const claims = verified([
      { text: 'Amtagvi received an NOC/c from Health Canada in August 2025.' },
      { text: 'Amtagvi a obtenu un AC-C en août 2025.' },
    ]);
    expect(
      of(claims, 'approval').map((c) => `${field(c, 'regulator')}:${field(c, 'approvalType')}:${c.verdict}`),
    ).toEqual(['HC:conditional:consistent', 'HC:conditional:consistent']);
  });

  it('gives the kind to the undated decision, not to a date past a semicolon ("AC-C …; AC le 21/11/2024")', () => {
    const claims = verified([
      row(
        ['Carvykti', "d'abord AC-C après au moins trois lignes; AC le 21/11/2024"],
        ['Produit', 'Santé Canada'],
      ),
      {
        text: "Dans le myélome, Carvykti a d'abord reçu un AC-C après trois lignes, puis, en 2024, un avis de conformité pour une à trois lignes.",
      },
    ]);
    expect(accusing(claims)).toEqual([]);
  });
});

describe('European Portuguese "terapêuticas" as lines of therapy', () => {
  it('reads "após pelo menos duas terapêuticas prévias" as two prior lines at least', () => {
    const claims = verified(
      'O Carvykti está autorizado para mieloma múltiplo após pelo menos duas terapêuticas prévias.',
    );
    expect(
      of(claims, 'indication').map((c) => `${field(c, 'minPriorLines')}:${field(c, 'linesMinimum')}`),
    ).toEqual(['2:true']);
  });
});

// Guards from the code review of this round: forms next to the readings above that must not change.
describe('what the readings leave alone', () => {
  it('takes no trial number for a figure ("in ZUMA-7 vs 32%")', () => {
    const claims = verified(
      'The complete response rate with Yescarta in ZUMA-7 vs 32% with standard care was 65%.',
    );
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'response').map((c) => field(c, 'value'))).not.toContain(7);
  });

  it('keeps an approval word modifying a trial noun the trial\'s ("FDA가 승인한 임상시험계획(IND)")', () => {
    const claims = verified('카빅티는 2019년 FDA가 승인한 임상시험계획(IND)에 따라 미국에서 시험되었다.');
    expect(of(claims, 'approval').map((c) => field(c, 'decision'))).toEqual(['ind-clearance']);
  });

  it('reads a label quoted after "approved … as"', () => {
    const claims = verified(
      'The FDA approved Carvykti in February 2022 as “a treatment for adults with relapsed or refractory multiple myeloma after four or more prior lines of therapy”.',
    );
    expect(
      of(claims, 'indication').map((c) => `${field(c, 'conditionId')}:${field(c, 'regulator')}`),
    ).toEqual(['multiple-myeloma:FDA']);
  });

  it('keeps a product\'s own target beside "other CD19 CAR-T products"', () => {
    const claims = verified(
      'Kymriah differs from other CD19 CAR-T products in its 4-1BB domain, and Abecma targets BCMA.',
    );
    expect(of(claims, 'target').map((c) => c.productId)).toEqual([
      'tisagenlecleucel',
      'idecabtagene-vicleucel',
    ]);
  });

  it('reads Portuguese "no Brasil" before a filing as a place, not a denial', () => {
    const claims = verified('A J&J protocolou no Brasil pedido de registro do Carvykti em 2021.');
    expect(
      of(claims, 'approval').map(
        (c) => `${field(c, 'decision')}:${field(c, 'regulator')}:${field(c, 'denied')}`,
      ),
    ).toEqual(['filing:ANVISA:undefined']);
  });

  it('does not hold a page\'s "conditional" against a record whose kind the sources leave open', () => {
    const claims = verified(
      'Tecartus received a NOC/c from Health Canada in November 2022 for adults with relapsed or refractory B-cell ALL.',
    );
    expect(accusing(claims)).toEqual([]);
  });

  it('reads "허가를 받은 적이 없다" and "承認を受けたことはない" as denials', () => {
    const claims = verified([
      { text: '킴리아는 미국 FDA에서 CLL 적응증으로 허가를 받은 적이 없다.' },
      { text: 'キムリアは米国FDAからCLLの承認を受けたことはない。' },
    ]);
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'approval').map((c) => field(c, 'approved'))).toEqual([false, false]);
  });

  it("reads \"Kymriah's FDA approval\" as the FDA's, not the SFDA's", () => {
    const claims = verified("Kymriah's FDA approval came in August 2017.");
    expect(of(claims, 'approval').map((c) => `${field(c, 'regulator')}:${c.verdict}`)).toEqual([
      'FDA:consistent',
    ]);
  });

  it('gives a "none" cell that denies one disease that disease alone', () => {
    const claims = verified([
      row(['Abecma', 'None; not approved for lymphoma'], ['Product', 'Indolent lymphoma approval (FDA)']),
    ]);
    expect(accusing(claims)).toEqual([]);
  });
});
