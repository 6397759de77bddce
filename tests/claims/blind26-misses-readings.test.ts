import { describe, expect, it } from 'vitest';
import { accusing, verified } from '../verify/helpers';
import { field } from '../helpers/frames';
import { row } from './helpers';
import type { Claim } from '../../lib/schema';

// Readings drawn from the misses of blind set 26 (the set is spent): each reading is a general one,
// written so that the sentence it came from and others built the same way are read.

const of = (claims: readonly Claim[], kind: Claim['kind']): string[] =>
  claims.filter((c) => c.kind === kind).map((c) => `${c.productId}:${c.verdict}`);
const dated = (claims: readonly Claim[]): string[] =>
  claims
    .filter((c) => c.kind === 'approval')
    .map((c) => `${c.productId}:${String(field(c, 'date') ?? '-')}:${c.verdict}`);

describe('targets named with the verbs and nouns pages use', () => {
  it('reads Japanese "狙い" / "狙うのは" and Korean "라는 단백질을 표적으로"', () => {
    expect(of(verified('テセルラはMAGE-A4という目印を狙い、滑膜肉腫の成人が対象です。'), 'target')).toEqual([
      'afamitresgene-autoleucel:consistent',
    ]);
    expect(of(verified('キムリアが狙うのはCD19という目印です。'), 'target')).toEqual([
      'tisagenlecleucel:consistent',
    ]);
    expect(of(verified('킴리아는 B세포 표면에 있는 CD19라는 단백질을 표적으로 삼는다.'), 'target')).toEqual([
      'tisagenlecleucel:consistent',
    ]);
  });

  it('reads a shared Korean verb after a bracketed target ("(BCMA)을, … CD19를 표적으로 한다")', () => {
    expect(
      of(verified('카빅티주는 B세포 성숙 항원(BCMA)을, 예스카타주는 CD19를 표적으로 한다.'), 'target').sort(),
    ).toEqual(['axicabtagene-ciloleucel:consistent', 'ciltacabtagene-autoleucel:consistent']);
  });

  it('reads German "greifen … an", "das BCMA-Produkt" and Russian "направлен против"', () => {
    expect(
      of(
        verified('Beim Multiplen Myelom wirken Abecma und Carvykti; beide greifen das Eiweiß BCMA an.'),
        'target',
      ).sort(),
    ).toEqual(['ciltacabtagene-autoleucel:consistent', 'idecabtagene-vicleucel:consistent']);
    expect(
      of(verified('Das BCMA-Produkt Anito-cel ist in den USA noch nicht zugelassen.'), 'target'),
    ).toEqual(['anitocabtagene-autoleucel:consistent']);
    expect(of(verified('Утжефра — препарат, направлен против антигена CD19.'), 'target')).toEqual([
      'utzhefra:consistent',
    ]);
  });
});

describe('uses and dates', () => {
  it('reads the Russian abbreviations КВКЛ, ФЛ, ЛКМ and ЛМЗ in a uses cell', () => {
    const claims = verified([
      row(
        ['Breyanzi (лизокабтаген маралейцел)', 'CD19', '05.02.2021', 'КВКЛ, ХЛЛ, ФЛ, ЛКМ, ЛМЗ'],
        ['Препарат', 'Мишень', 'Одобрение FDA', 'Основное показание (США)'],
      ),
    ]);
    expect(claims.filter((c) => c.kind === 'indication').map((c) => field(c, 'conditionId'))).toEqual([
      'lbcl',
      'cll',
      'fl',
      'mcl',
      'mzl',
    ]);
    expect(accusing(claims)).toEqual([]);
  });

  it('dates each use of a label that "has grown to" a list, each with its own line', () => {
    const claims = verified(
      'Its label has since grown to second-line large B-cell lymphoma (June 2022), CLL and SLL (March 2024), follicular lymphoma (May 2024) and mantle cell lymphoma (May 2024) for Breyanzi.',
    );
    expect(accusing(claims)).toEqual([]);
    expect(dated(claims)).toEqual([
      'lisocabtagene-maraleucel:2022-06:consistent',
      'lisocabtagene-maraleucel:2024-03:consistent',
      'lisocabtagene-maraleucel:2024-05:consistent',
      'lisocabtagene-maraleucel:2024-05:consistent',
    ]);
  });

  it('reads German "ließ … am 27. August 2018 zu" past the full stop of a day', () => {
    expect(
      dated(
        verified('Die Europäische Kommission ließ Kymriah am 27. August 2018 zu, für Kinder bis 25 Jahre.'),
      ),
    ).toEqual(['tisagenlecleucel:2018-08-27:consistent']);
  });

  it('reads "獲准" in a folded Traditional Chinese block, and a later "<date>起" after "；" as its own decision', () => {
    expect(
      dated(
        verified(
          'Breyanzi（lisocabtagene maraleucel）也辨識CD19，2021年2月5日在美國獲准；2024年5月30日起，也可用於曾接受兩線以上治療（含BTK抑制劑）的被套細胞淋巴瘤。',
        ),
      ),
    ).toEqual([
      'lisocabtagene-maraleucel:2021-02-05:consistent',
      'lisocabtagene-maraleucel:2024-05-30:consistent',
    ]);
  });

  it('dates a label widened after a fronted "<date>起，" once, and keeps a regulator after "；" out of it', () => {
    expect(
      dated(
        verified(
          '2024年4月5日起，美國Carvykti仿單已擴大到曾接受至少一線治療（含蛋白酶體抑制劑及免疫調節藥物）且對lenalidomide難治的成人病友。',
        ),
      ),
    ).toEqual(['ciltacabtagene-autoleucel:2024-04-05:consistent']);
    const claims = verified(
      '西达基奥仑赛（海外商品名Carvykti）于2022年2月28日首次获FDA批准，2024年4月5日适应症前移至既往接受过至少一线治疗（含PI和IMiD）且来那度胺耐药的患者；欧盟于2024年4月完成同类扩展。',
    );
    const widened = claims.find((c) => c.kind === 'approval' && field(c, 'date') === '2024-04-05');
    expect(widened && [field(widened, 'regulator'), widened.verdict]).toEqual(['FDA', 'consistent']);
  });

  it('reads Korean "쓸 수 있게 바뀌었" and Russian "с 05.04.2024 показан" as dated uses', () => {
    expect(
      dated(
        verified('미국에서는 2024년 4월 아벡마와 카빅티 모두 더 이른 단계의 치료로 쓸 수 있게 바뀌었어요.'),
      ),
    ).toEqual(['idecabtagene-vicleucel:2024-04:consistent', 'ciltacabtagene-autoleucel:2024-04:consistent']);
    expect(dated(verified('Abecma: с 04.04.2024 в США он показан после двух линий.'))).toEqual([
      'idecabtagene-vicleucel:2024-04-04:consistent',
    ]);
  });

  it('reads Portuguese "seguiu-se a <produto>" and "cancro da nasofaringe"', () => {
    const claims = verified(
      'Em novembro de 2005 seguiu-se a Oncorine (H101), um adenovírus oncolítico usado com quimioterapia no cancro da nasofaringe avançado.',
    );
    expect(dated(claims)).toEqual(['h101:2005-11:consistent']);
    expect(claims.filter((c) => c.kind === 'indication').map((c) => field(c, 'conditionId'))).toEqual([
      'nasopharyngeal-carcinoma',
    ]);
  });
});

describe('lists, pending decisions, young adults and all ages', () => {
  it('gives each product listed after a colon its own approval for its own disease', () => {
    const claims = verified(
      'In den USA sind seit 2024 auch zwei Zelltherapien gegen solide Tumoren zugelassen: Amtagvi beim Melanom und Tecelra beim Synovialsarkom.',
    );
    expect(
      claims
        .filter((c) => c.kind === 'approval')
        .map(
          (c) =>
            `${c.productId}:${String(field(c, 'conditionId'))}:${String(field(c, 'regulator'))}:${c.verdict}`,
        ),
    ).toEqual([
      'lifileucel:melanoma:FDA:consistent',
      'afamitresgene-autoleucel:synovial-sarcoma:FDA:consistent',
    ]);
  });

  it('reads "wirken" as a use, and a German decision "… bis zum 23. Dezember 2026 erwartet" as pending', () => {
    expect(of(verified('Beim Multiplen Myelom wirken Abecma und Carvykti.'), 'indication').sort()).toEqual([
      'ciltacabtagene-autoleucel:consistent',
      'idecabtagene-vicleucel:consistent',
    ]);
    const pending = verified(
      'Anito-cel ist in den USA noch nicht zugelassen; die Entscheidung der FDA wird bis zum 23. Dezember 2026 erwartet.',
    ).find((c) => field(c, 'decision') === 'filing');
    expect(pending && [field(pending, 'date'), pending.verdict]).toEqual(['2026-12-23', 'consistent']);
  });

  it("reads young adults in other languages, and a young adults' bound that is not the label's", () => {
    const verdict = (text: string): string[] => of(verified(text), 'indication');
    expect(
      verdict(
        'Zugelassen ist Kymriah für Kinder, Jugendliche und junge Erwachsene bis einschließlich 21 Jahre mit B-ALL.',
      ),
    ).toEqual(['tisagenlecleucel:differs']);
    expect(verdict('Kymriah ist für Kinder und junge Erwachsene bis 25 Jahre mit B-ALL zugelassen.')).toEqual(
      ['tisagenlecleucel:consistent'],
    );
    // Children under 18 are patients within the use, not its bound.
    expect(
      verdict('Kymriah wird bei Kindern und Jugendlichen unter 18 Jahren mit B-ALL eingesetzt.'),
    ).toEqual(['tisagenlecleucel:consistent']);
  });

  it('reads "所有年齡層" (all ages) as a use no label covers', () => {
    expect(of(verified('Kymriah在美國核准用於所有年齡層的B細胞急性淋巴性白血病。'), 'indication')).toEqual([
      'tisagenlecleucel:not-approved',
    ]);
  });
});

describe('figures and promises', () => {
  it('reads "97 in every 100" and "達到整體緩解"', () => {
    expect(
      of(verified('In the CARTITUDE-1 study of Carvykti, 97 in every 100 patients did respond.'), 'response'),
    ).toEqual(['ciltacabtagene-autoleucel:consistent']);
    expect(
      of(verified('在ELIANA研究中，接受Kymriah的兒童及年輕成人約有81%達到整體緩解。'), 'response'),
    ).toEqual(['tisagenlecleucel:consistent']);
  });

  it('reads promises of every patient helped, of certainty and of no side effects', () => {
    const promises = (text: string): number =>
      verified([{ text: 'Kymriah ist eine CAR-T-Zelltherapie.' }, { text }]).filter(
        (c) => c.kind === 'marketing',
      ).length;
    expect(promises('Eine Klinik nennt CAR-T «eficaces en el 100 % de los casos».')).toBe(1);
    expect(promises('広告には「副作用ゼロのCAR-T」「当院なら必ず寛解」とあります。')).toBe(2);
    expect(promises('坊間有機構聲稱「細胞療法包醫百病」。')).toBe(1);
    expect(promises('Mit unserer Offensive wird Blutkrebs in zehn Jahren für alle heilbar sein.')).toBe(1);
    // The page being careful is no promise.
    expect(promises('残念ながら「必ず治る」治療はありません。')).toBe(0);
    expect(promises('Diese Krankheit ist leider nicht heilbar.')).toBe(0);
  });
});
