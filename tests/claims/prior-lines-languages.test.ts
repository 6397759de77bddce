// Prior lines of therapy read as parts (after, at least, a number, or more, prior, a line noun) in
// each language, and ordinals naming the line itself: one line fewer before it.
import { describe, expect, it } from 'vitest';
import { findPriorLines } from '../../lib/claims/patterns';

describe('prior lines in the languages pages use', () => {
  it.each([
    ['Since April 2024 it can be used after a single prior line.', 1],
    ['after one prior therapy', 1],
    ['después de una sola línea', 1],
    ['tras al menos dos tratamientos previos', 2],
    ['nach einer vorangegangenen Therapielinie', 1],
    // "From" a number of lines: "a partir de dos líneas previas", "ab zwei Vortherapien", "ab der zweiten Linie".
    ['autorizado desde marzo de 2024 a partir de dos líneas previas', 2],
    ['à partir de deux lignes antérieures', 2],
    ['ab zwei Vortherapien', 2],
    ['in der EU seit April 2024 schon ab der zweiten Linie zugelassen', 1],
    // Any treatment noun once it is called prior or other; Korean and Japanese counts of treatments had.
    ['a pacientes con al menos dos tratamientos previos', 2],
    ['para doentes com pelo menos dois tratamentos prévios', 2],
    ['Abecma bekommt man nach 2 anderen Behandlungen.', 2],
    ['적어도 4가지 치료를 받은 뒤 재발했거나 듣지 않는 환자가 대상이에요', 4],
    ['두 가지 이상 치료받은 환자에게 쓸 수 있도록 넓혔습니다', 2],
    ['2回以上の治療を受けても再発した大細胞型B細胞リンパ腫', 2],
    // Chinese "N线及以上" bare names the line of use (third line or later: two before it); after
    // "经过" or before "…治疗后" it counts the lines had.
    ['大B细胞淋巴瘤（三线及以上）', 2],
    ['用于二线及以上系统治疗后的复发或难治性大B细胞淋巴瘤成人患者', 2],
    ['三线及以上治疗后进展的复发或难治性多发性骨髓瘤成人', 3],
    ['经过二线或以上系统性治疗后', 2],
    ['Für die Zweitlinie ist Kymriah nicht zugelassen.', 1],
    ['во второй линии при ДВККЛ', 1],
    ['前治療が4レジメン以上ないと使えない', 4],
    ['前治療2つ以上で使えるようになった', 2],
    ['前治療が1回でも、レナリドミドが効かなくなった人なら', 1],
    ['适用于至少三线治疗后进展的成人患者', 3],
    ['一线免疫化疗无效或者一年内复发就可以用', 1],
    ['2차 치료까지 확대', 1],
    ['1차 항암치료에 실패한 림프종 환자도', 1],
    // Lines the patient has had, not the line of use: "曾接受一线治疗", "接受过两种或以上全身性疗程".
    ['擴展至曾接受一線治療並對來那度胺耐藥的病人', 1],
    ['既往接受过1线治疗且对来那度胺耐药的患者', 1],
    ['曾接受两种或以上全身性疗程后复发的成人患者', 2],
    // The sign for "at least" before the count, in any language: "≥ 2 tratamentos prévios", "既往≥2线".
    ['≥ 2 tratamentos prévios (março de 2024)', 2],
    ['≥ 1 linha, refratário à lenalidomida', 1],
    ['≥ 4 líneas previas', 4],
    ['伊基奥仑赛：BCMA，既往≥2线的骨髓瘤', 2],
    // First line named as the use itself: no prior line.
    ["Il n'est pas autorisé en première ligne.", 0],
    ['Ni Tecartus ni Breyanzi están autorizados en primera línea del LCM.', 0],
    ['não aprovado em primeira linha', 0],
    ['в первой линии не зарегистрирован', 0],
    ['一次治療でも承認されました', 0],
    // The first line a patient already had is one line.
    ['que recaen en los 12 meses siguientes a la primera línea', undefined],
    ['一次治療が終わってから12か月以内の再発', undefined],
    ['一次治療で効果が不十分だった大細胞型B細胞リンパ腫の二次治療にも使える', 1],
    ['tras fracaso de la primera línea', undefined],
    // From the first relapse on: one line given before it.
    ['after first relapse', 1],
    ['desde la primera recaída', 1],
    ['a partir da primeira recaída', 1],
    ['ab dem ersten Rückfall', 1],
    ['dès la première rechute', 1],
    ['после первого рецидива', 1],
    ['1回目の再発後から使える', 1],
    ['首次复发后可以使用', 1],
    ['첫 재발 후에 쓸 수 있다', 1],
    // The word that says it was given may follow the line: "auf die Erstlinie refraktär".
    ['für Patienten, die auf die Erstlinie refraktär sind', undefined],
    ['dont la maladie est en première ligne réfractaire', undefined],
  ])('%s → %s', (text, lines) => {
    expect(findPriorLines(text)?.value).toBe(lines);
  });

  it.each([
    'The second treatment was given after a week.',
    'after a stem cell transplant',
    'no desde la primera recaída',
  ])('finds no count of lines in %j', (text) => {
    expect(findPriorLines(text)).toBeUndefined();
  });
});
