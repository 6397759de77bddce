// Target statements in everyday wording, and who they are about: "a CAR-T against Claudin18.2",
// "works by attacking the CD20 protein", "are cd19 ones", "recognise a protein called CD19",
// a "Target:" line under a product's heading, "the same target as cilta-cel".
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../helpers';

const targets = (specs: Parameters<typeof claimsOf>[0]) =>
  claimsOf(specs)
    .filter((c) => c.kind === 'target')
    .map((c) => `${c.productId}:${c.details['targetId']}`);

describe('target wording', () => {
  it.each([
    [
      "China's NMPA approved satri-cel, a CAR-T against Claudin18.2, for gastric cancer.",
      'satricabtagene-autoleucel:CLDN18',
    ],
    ['Yescarta works by attacking the CD20 protein on lymphoma cells.', 'axicabtagene-ciloleucel:MS4A1'],
    ['Kymriah recognises a protein called CD19.', 'tisagenlecleucel:CD19'],
    ['Abecma hunts down BCMA on myeloma cells.', 'idecabtagene-vicleucel:TNFRSF17'],
    // The verbs and "the target is" of other languages.
    ['Abecma vise le BCMA.', 'idecabtagene-vicleucel:TNFRSF17'],
    ['No caso do Kymriah (tisagenlecleucel), o alvo é a proteína CD19.', 'tisagenlecleucel:CD19'],
    ['Kymriah richtet sich gegen CD19.', 'tisagenlecleucel:CD19'],
    ['Carvykti tiene como diana el BCMA.', 'ciltacabtagene-autoleucel:TNFRSF17'],
    // "CD19靶点", "CD19が標的", "CD19를 동시에 겨냥".
    ['用的是奕凯达，那个是CD19靶点。', 'axicabtagene-ciloleucel:CD19'],
    ['ブレヤンジ（こちらもCD19が標的）', 'lisocabtagene-maraleucel:CD19'],
    ['카빅티는 골수종 세포 표면의 BCMA를 동시에 겨냥하도록 설계됐다.', 'ciltacabtagene-autoleucel:TNFRSF17'],
  ])('%j', (text, expected) => {
    expect(targets([{ text }])).toEqual([expected]);
  });

  it('a question is no claim of a target', () => {
    expect(targets([{ text: 'dumb q but isnt tecartus the cd22 one?' }])).toEqual([]);
    expect(targets([{ text: 'Is Abecma a BCMA CAR-T?' }])).toEqual([]);
  });

  it('"X and Y are the cd19 ones" gives each product the target', () => {
    expect(targets([{ text: 'no, both tecartus and breyanzi are cd19 ones.' }])).toEqual([
      'brexucabtagene-autoleucel:CD19',
      'lisocabtagene-maraleucel:CD19',
    ]);
    expect(targets([{ text: 'ide-cel and cilta-cel are the bcma ones, totally different thing.' }])).toEqual([
      'idecabtagene-vicleucel:TNFRSF17',
      'ciltacabtagene-autoleucel:TNFRSF17',
    ]);
  });

  it('"All four medicines" reaches back over the headings of the products it counts', () => {
    const specs = [
      'Tisagenlecleucel (Kymriah)',
      'Axicabtagene ciloleucel (Yescarta)',
      'Brexucabtagene autoleucel (Tecartus)',
      'Obecabtagene autoleucel (Aucatzyl)',
    ].flatMap((h) => [
      { kind: 'heading' as const, text: h },
      { text: `${h.split(' (')[1]!.slice(0, -1)} is used in adults.`, headings: [h] },
    ]);
    specs.push({
      text: 'All four medicines recognise a protein called CD19 on the surface of B cells.',
      headings: ['Obecabtagene autoleucel (Aucatzyl)'],
    });
    expect(targets(specs)).toEqual([
      'tisagenlecleucel:CD19',
      'axicabtagene-ciloleucel:CD19',
      'brexucabtagene-autoleucel:CD19',
      'obecabtagene-autoleucel:CD19',
    ]);
  });

  it('a "Target:" line is about the section\'s product; "the same target as P" is about P too', () => {
    const heading = '1. Idecabtagene vicleucel (Abecma, ide-cel)';
    expect(
      targets([
        { kind: 'heading', text: heading },
        { text: 'Abecma was approved by the FDA in March 2021.', headings: [heading] },
        {
          text: 'Target: BCMA (B-cell maturation antigen) - the same target as cilta-cel.',
          headings: [heading],
        },
      ]),
    ).toEqual(['idecabtagene-vicleucel:TNFRSF17', 'ciltacabtagene-autoleucel:TNFRSF17']);
  });
});

describe('targets recognised in other languages', () => {
  it('reads "erkennen das Oberflächenmerkmal CD19" and "cible l’antigène … (BCMA)"', () => {
    const targets = (text: string) =>
      claimsOf([{ text }])
        .filter((c) => c.kind === 'target')
        .map((c) => `${c.productId}:${c.details['targetId']}`);
    expect(targets('Kymriah: Die CAR-T-Zellen erkennen das Oberflächenmerkmal CD19.')).toEqual([
      'tisagenlecleucel:CD19',
    ]);
    expect(targets('Abecma cible l’antigène de maturation des lymphocytes B (BCMA).')).toEqual([
      'idecabtagene-vicleucel:TNFRSF17',
    ]);
  });
});

describe('"tous deux" before the products are named', () => {
  it('stands for the next two products the page names', () => {
    const targets = (blocks: string[]) =>
      claimsOf(blocks.map((text) => ({ text })))
        .filter((c) => c.kind === 'target')
        .map((c) => `${c.productId}:${c.details['targetId']}`);
    expect(
      targets([
        'Dans le myélome multiple en rechute, deux CAR-T sont disponibles. Tous deux ciblent l’antigène de maturation des lymphocytes B (BCMA).',
        'Abecma (idécabtagène vicleucel) : autorisé en 2021.',
        'Carvykti (ciltacabtagène autoleucel) : autorisé en 2022.',
      ]),
    ).toEqual(['idecabtagene-vicleucel:TNFRSF17', 'ciltacabtagene-autoleucel:TNFRSF17']);
  });
});

describe('targets named after "its target is", "dirigido ao" and a bracketed antigen', () => {
  it.each([
    ['Breyanzi is approved in the US. Its target is CD19.', 'lisocabtagene-maraleucel:CD19'],
    [
      '舒瑞基奥仑赛注射液（satri-cel）已获批。它的靶点是Claudin18.2（紧密连接蛋白18.2）。',
      'satricabtagene-autoleucel:CLDN18',
    ],
    [
      '카빅티주는 B세포 성숙항원(BCMA)을 인식하도록 만든 T세포 치료제입니다.',
      'ciltacabtagene-autoleucel:TNFRSF17',
    ],
    ['Tecelra: dirigido ao MAGE-A4.', 'afamitresgene-autoleucel:MAGEA4'],
  ])('%j', (text, want) => {
    const targets = claimsOf([{ text }])
      .filter((c) => c.kind === 'target')
      .map((c) => `${c.productId}:${c.details['targetId']}`);
    expect(targets).toContain(want);
  });
});

describe('targets named after a noun for them, or as a product class', () => {
  it.each([
    // An apposition: "the same target, CD19", "ein anderes Merkmal, BCMA".
    [
      'Kymriah, Yescarta e Tecartus têm o mesmo alvo, o CD19.',
      ['tisagenlecleucel:CD19', 'axicabtagene-ciloleucel:CD19', 'brexucabtagene-autoleucel:CD19'],
    ],
    [
      'Beim Myelom richten sich Abecma und Carvykti gegen ein anderes Merkmal, BCMA.',
      ['idecabtagene-vicleucel:TNFRSF17', 'ciltacabtagene-autoleucel:TNFRSF17'],
    ],
    // "三款BCMA产品", "以BCMA為標的".
    [
      '伊基奥仑赛、泽沃基奥仑赛和西达基奥仑赛三款BCMA产品已形成竞争格局。',
      [
        'equecabtagene-autoleucel:TNFRSF17',
        'zevorcabtagene-autoleucel:TNFRSF17',
        'ciltacabtagene-autoleucel:TNFRSF17',
      ],
    ],
    [
      'Carvykti與Abecma雖同樣以BCMA為標的，但結構不同。',
      ['ciltacabtagene-autoleucel:TNFRSF17', 'idecabtagene-vicleucel:TNFRSF17'],
    ],
  ])('%j', (text, expected) => {
    expect(targets([{ text }])).toEqual(expected);
  });
});

describe('targets a sentence denies or gives only to a class', () => {
  it.each([
    // A denied target is no claim of it: "is not a CD19 CAR-T", "不属于CD19产品".
    ['Abecma is not a CD19 CAR-T; it targets BCMA.', ['idecabtagene-vicleucel:TNFRSF17']],
    ['Abecma n’est pas un CAR-T anti-CD19.', []],
    [
      '靶向Claudin18.2的舒瑞基奥仑赛注射液获批用于胃癌，它不属于CD19产品。',
      ['satricabtagene-autoleucel:CLDN18'],
    ],
    // "两款BCMA产品" names no product: it is about the class, not the page's products.
    ['两款BCMA产品均面向多发性骨髓瘤。', []],
  ])('%j', (text, expected) => {
    expect(
      targets([
        { kind: 'heading', text: 'Kymriah' },
        { text, headings: ['Kymriah'] },
      ]),
    ).toEqual(expected);
  });
});
