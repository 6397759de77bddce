import { describe, expect, it } from 'vitest';
import { verified } from '../verify/helpers';
import { claimsOf, row } from './helpers';
import { field } from '../helpers/frames';

// Readings drawn from the false alarms of blind set 21 after its second scoring (the set is spent).
describe('respective dates and reviews under way', () => {
  it('pairs products and dates in order when the sentence says "respectively"', () => {
    const approvals = verified(
      '브레얀지와 아벡마는 미국에서 각각 2021년 2월과 2021년 3월에 허가됐습니다.',
    ).filter((c) => c.kind === 'approval');
    expect(approvals.map((c) => `${c.productId}:${String(field(c, 'date'))}:${c.verdict}`)).toEqual([
      'lisocabtagene-maraleucel:2021-02:consistent',
      'idecabtagene-vicleucel:2021-03:consistent',
    ]);
  });

  it('reads a review under way ("審查中") as a pending step, not an approval', () => {
    const claims = verified('anito-cel的生物製劑許可申請仍在FDA審查中。').filter(
      (c) => c.kind === 'approval',
    );
    expect(claims.map((c) => `${String(field(c, 'decision'))}:${c.verdict}`)).toEqual(['filing:consistent']);
  });
});

describe('licences held, targets of both, targets in Japanese and Korean, and abbreviations in words', () => {
  it('reads products that "hold US licenses" in a disease as approved there', () => {
    const approvals = verified('Yescarta and Breyanzi both hold US licenses in lymphoma.').filter(
      (c) => c.kind === 'approval',
    );
    expect(approvals.map((c) => `${c.productId}:${field(c, 'regulator')}:${c.verdict}`)).toEqual([
      'axicabtagene-ciloleucel:FDA:consistent',
      'lisocabtagene-maraleucel:FDA:consistent',
    ]);
  });

  it('reads a target the subject "both" aims at', () => {
    const targets = verified('Abecma et Carvykti ciblent tous deux le BCMA.').filter(
      (c) => c.kind === 'target',
    );
    expect(targets.map((c) => `${c.productId}:${c.verdict}`)).toEqual([
      'idecabtagene-vicleucel:consistent',
      'ciltacabtagene-autoleucel:consistent',
    ]);
  });

  it('finds a target by its Japanese or Korean spelling', () => {
    const ids = [
      'satri-celはクローディン18.2を標的とするCAR-Tである。',
      '클라우딘18.2를 표적으로 하는 satri-cel',
    ].map((text) =>
      verified(text)
        .filter((c) => c.kind === 'target')
        .map((c) => field(c, 'targetId')),
    );
    expect(ids).toEqual([['CLDN18'], ['CLDN18']]);
  });

  it('reads no "OS" inside a word written with a non-English letter', () => {
    const claims = verified('Con Kymriah, el 81 % de los niños alcanzó una remisión completa.').filter(
      (c) => c.kind === 'response',
    );
    expect(claims.map((c) => `${field(c, 'metric')}:${field(c, 'value')}`)).toEqual([
      'complete remission:81',
    ]);
  });

  it('reads the target a product cell ends with after a comma', () => {
    const targets = verified([
      row(['Kymriah (Tisagenlecleucel), CD19', '2018'], ['Produkt', 'Zulassung']),
    ]).filter((c) => c.kind === 'target');
    expect(targets.map((c) => `${c.productId}:${c.verdict}`)).toEqual(['tisagenlecleucel:consistent']);
  });

  it('reads a Portuguese "AIM" where a place follows, and a title naming "Gentherapeutika"', () => {
    const pt = claimsOf([
      { kind: 'heading', text: 'Medicamentos CAR-T com AIM na UE' },
      row(['Kymriah', 'CD19'], ['Medicamento', 'Alvo']),
      row(['Yescarta', 'CD19'], ['Medicamento', 'Alvo']),
    ]).filter((c) => c.kind === 'approval' && c.position.block === 0);
    expect(pt.map((c) => `${c.productId}:${field(c, 'regulator')}`)).toEqual([
      'tisagenlecleucel:EMA',
      'axicabtagene-ciloleucel:EMA',
    ]);
    const de = claimsOf([
      { kind: 'heading', text: 'In der Schweiz zugelassene Zell- und Gentherapeutika' },
      row(['Kymriah', 'CD19'], ['Produkt', 'Ziel']),
      row(['Yescarta', 'CD19'], ['Produkt', 'Ziel']),
    ]).filter((c) => c.kind === 'approval' && c.position.block === 0);
    expect(de.map((c) => c.productId)).toEqual(['tisagenlecleucel', 'axicabtagene-ciloleucel']);
    expect(
      claimsOf([{ text: 'Our aim is to help patients with Kymriah.' }]).filter((c) => c.kind === 'approval'),
    ).toEqual([]);
  });
});
