// What a clause says belongs to that clause: a step named after a comma is the step's, not the
// approval's before it; the kind of approval, a disease and a regulator come from the approval's
// own clause; a "before its approval" phrase dates what happened before it; a ranking over a class
// limited by a participle ("developed in Europe") is one TherapyLens cannot check; negations written
// after the word or as a prefix deny. Each case was a false alarm on a page nobody here had read.
import { describe, expect, it } from 'vitest';
import { verified } from './helpers';

const verdicts = (text: string) => verified(text).map((c) => `${c.kind}:${c.productId}:${c.verdict}`);
const accusing = (text: string) =>
  verdicts(text).filter((v) => v.endsWith(':differs') || v.endsWith(':not-approved'));

describe('a step after the approval and a comma', () => {
  it('is the step, and leaves the approval before it its own regulator', () => {
    expect(
      verdicts(
        "Le lifileucel (Amtagvi), autorisé aux États-Unis en février 2024 dans le mélanome, a fait l'objet d'une demande auprès de l'EMA en juin 2024.",
      ),
    ).toEqual([
      'approval:lifileucel:consistent',
      'indication:lifileucel:consistent',
      // The filing is on record (dataset 2.9.0): the EMA's, June 2024.
      'approval:lifileucel:consistent',
    ]);
  });

  it('gives a later regulator that only sent a complete response letter no approval', () => {
    expect(
      accusing(
        'Ebvallo (tabelecleucel) has been authorized in the European Union since December 2022, but the FDA has issued it two complete response letters.',
      ),
    ).toEqual([]);
  });
});

describe("the approval's own clause", () => {
  it('holds the kind of approval: the conditional one after the comma is the other regulator’s', () => {
    expect(
      verdicts('专家补充说，美国FDA早在2022年4月就批准了奕凯达的二线适应症，国内的附条件批准晚了一年多。'),
    ).toContain('approval:axicabtagene-ciloleucel:consistent');
  });

  it('holds the disease: one named after the approval, with another product, is not theirs', () => {
    expect(
      accusing(
        'その後も、イエスカルタ（2021年1月）、ブレヤンジ（2021年3月）、アベクマ（2022年1月）が相次いで承認され、多発性骨髄腫ではカービクティも使えるようになりました。',
      ),
    ).toEqual([]);
  });

  it('ends at a Korean comma after a verb: the regulator of the next clause is not this one’s', () => {
    expect(
      accusing(
        '11월 말에는 홍콩이 에퀘셀(eque-cel)을 허가했고, 12월 4일 FDA는 브레얀지를 변연부림프종에 허가했다.',
      ),
    ).toEqual([]);
  });

  it('does not date an approval by what happened "before" it', () => {
    expect(
      accusing(
        '2026年6月22日，舒瑞基奥仑赛获得国家药监局批准。在国内获批之前，它已在2025年3月获得突破性治疗药物认定。',
      ),
    ).toEqual([]);
  });
});

describe('rankings and figures', () => {
  it('cannot check a first within a class limited by a participle', () => {
    expect(
      verdicts('ARI-0001 was the first CAR-T developed entirely in Europe to be approved by a regulator.'),
    ).toEqual(['approval:varnimcabtagene-autoleucel:unverified']);
  });

  it('reads "la respuesta fue completa" as a complete response', () => {
    expect(
      verdicts('En el estudio ZUMA-1 de Yescarta, la respuesta fue completa en el 51 % de los pacientes.'),
    ).toEqual(['response:axicabtagene-ciloleucel:consistent']);
  });
});

describe('denials written after the word or as a prefix', () => {
  it.each([
    ['Zugelassen ist BE-CAR7 nicht.', 'approval:be-car7:consistent'],
    ['Lete-cel: FDA 혁신치료제 지정, 미허가', 'approval:letetresgene-autoleucel:consistent'],
  ])('%s', (text, verdict) => {
    expect(verdicts(text)).toContain(verdict);
    expect(accusing(text)).toEqual([]);
  });
});
