import { describe, expect, it } from 'vitest';
import { targetRule } from '../../../lib/claims/rules/target';
import { sentence } from '../helpers';

const detect = (text: string, extra?: Parameters<typeof sentence>[1]) =>
  targetRule.detect(sentence(text, extra)).map((c) => c.details['targetId']);

describe('target rule', () => {
  it.each([
    ['Abecma, a CD19 CAR-T', 'CD19'],
    ['a BCMA-directed CAR-T', 'TNFRSF17'],
    ['KYMRIAH is a CD19-directed genetically modified autologous T cell immunotherapy', 'CD19'],
    ['Tecelra targets MAGE-A4', 'MAGEA4'],
    ['Kymriah recognizes CD19, a marker on B cells', 'CD19'],
    ['an anti-CD19 scFv', 'CD19'],
    ['Carvykti y Abecma se dirigen contra BCMA', 'TNFRSF17'],
    ['阿基仑赛注射液是一种靶向CD19的自体CAR-T细胞疗法', 'CD19'],
    // The same aim in the other languages pages use, before or after the target's name.
    ['アベクマ：骨髄腫向けのBCMA標的CAR-T', 'TNFRSF17'],
    ['CD19 표적 CAR-T 치료제', 'CD19'],
    ['Abecma (Ide-cel): gegen BCMA', 'TNFRSF17'],
    ['Autologe, gegen CD19 gerichtete CAR-T-Zelltherapie', 'CD19'],
    ['Yescarta (axicabtagene ciloleucel) – alvo CD19', 'CD19'],
    ['Cible : l’antigène BCMA', 'TNFRSF17'],
    ['Кимрая направлена на CD19', 'CD19'],
    // Verbs of aiming and recognising, the antigen named as a protein, and an antigen the tumour
    // must express, in each language.
    ['as células recebem um gene que os faz reconhecer a proteína CD19', 'CD19'],
    ['un récepteur antigénique chimérique (CAR) dirigé contre le CD19', 'CD19'],
    ['ces deux produits ciblent la protéine CD19', 'CD19'],
    ['Препарат направлен против антигена CD19.', 'CD19'],
    ['химерный антигенный рецептор к BCMA', 'TNFRSF17'],
    ['Анитокабтаген аутолейцел (анито-цел, мишень BCMA)', 'TNFRSF17'],
    ['el tumor debe expresar el antígeno MAGE-A4', 'MAGEA4'],
    ['опухоль которых экспрессирует Claudin18.2', 'CLDN18'],
    ['骨髄腫細胞の表面にあるBCMAという目印を狙うCAR-T', 'TNFRSF17'],
    ['B세포 표면 단백질인 CD19를 인식하는 유전 정보를 넣은 뒤', 'CD19'],
    ['以B細胞表面的CD19為目標', 'CD19'],
    // A class with its target in brackets; where on the cell, or an adverb, between the aim and
    // the target; a bracketed other spelling before the aim; antibodies "к" a target.
    ['Tecelra — TCR-T (MAGE-A4), approved in 2024', 'MAGEA4'],
    ['CAR-T（CD19）', 'CD19'],
    ['Kymriah reconhece justamente o CD19.', 'CD19'],
    ['Tecelra richtet sich gegen das Eiweiß MAGE-A4.', 'MAGEA4'],
    ['其標靶為 B 細胞表面的 CD19 抗原', 'CD19'],
    ['它识别的是肿瘤抗原 MAGE-A4', 'MAGEA4'],
    ['표적: B세포 표면의 CD19', 'CD19'],
    ['白血病細胞の表面にあるCD19という目印を見つけて攻撃します', 'CD19'],
    ['胃がんなどの表面に出ているClaudin18.2（クローディン18.2）を標的とするCAR-T', 'CLDN18'],
    ['Карвикти содержит два однодоменных антитела к BCMA.', 'TNFRSF17'],
    ['un CAR-T dirigé contre la claudine 18.2', 'CLDN18'],
    ['reconoce la Claudina 18.2', 'CLDN18'],
  ])('%j → %s', (text, id) => {
    expect(detect(text)).toEqual([id]);
  });

  it('does not read an antigen the tumour must not express as the aim', () => {
    expect(detect('el tumor no expresa HER2')).toEqual([]);
  });

  it('reads the Target column of a table', () => {
    expect(detect('BCMA', { role: 'target', header: 'Target' })).toEqual(['TNFRSF17']);
  });

  it('does not take a disease marker or a passing mention for a target claim', () => {
    expect(detect('CD19-positive relapse after therapy')).toEqual([]);
    expect(detect('CD19 is found on most B cells')).toEqual([]);
    // "на" ends many Russian words: only the word itself aims.
    expect(detect('Она CD19 не знает')).toEqual([]);
  });
});
