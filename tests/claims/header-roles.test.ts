import { describe, expect, it } from 'vitest';
import { roleOf } from '../../lib/claims/segments';
import { localPlaceRegulator } from '../../lib/claims/regulator-words';

describe('what a column header says its cells hold', () => {
  it.each([
    ['Кем и когда одобрен', 'approval'],
    ['Date registered', 'approval'],
    // A regulator's column and a bare date column date its approvals, in each language.
    ['Регулятор', 'approval'],
    ['Дата', 'approval'],
    ['Agência', 'approval'],
    ['Behörde', 'approval'],
    ['Для кого', 'indication'],
    ['Für wen', 'indication'],
    ['対象', 'indication'],
    // A disease column named as the disease: "대상 질환", "対象となる疾患", "适用病种".
    ['대상 질환', 'indication'],
    ['対象となる疾患', 'indication'],
    ['适用病种', 'indication'],
    // Traditional-Chinese headers as the fold leaves them: 標的 → 标的; 核准 (approved, Taiwan).
    ['标的', 'target'],
    // The aiming phrase as the header: "Directed at", "richtet sich gegen".
    ['Directed at', 'target'],
    ['richtet sich gegen', 'target'],
    ['Направлен против', 'target'],
    ['首次核准', 'approval'],
    // The regulator's decision: "規制当局の判断", "监管状态", "Regulatory status".
    ['規制当局の判断', 'approval'],
    ['监管状态', 'approval'],
    ['Regulatory status', 'approval'],
    // Population and line-of-therapy columns; names of the product as pages head them.
    ['主な対象', 'indication'],
    ['対象（米国）', 'indication'],
    ['适用人群', 'indication'],
    ['Línea de tratamiento', 'indication'],
    ['Population', 'indication'],
    ['販売名（一般名）', 'product'],
    ['МНН', 'product'],
    ['Spécialité', 'product'],
    ['치료제', 'product'],
    // A column of the cancer each product is for, as the whole header; a response column is not one.
    ['Cancer visé', 'indication'],
    ['Tumor', 'indication'],
    ['Тип опухоли', 'indication'],
    ['Tumour response', 'response'],
    ['Препарат', 'product'],
    ['Страна', 'other'],
    // An age column holds the patients of the use ("Idade autorizada", "Alter", "対象年齢").
    ['対象年齢の目安', 'indication'],
    ['Idade autorizada na LLA', 'indication'],
    ['Onde está aprovado', 'approval'],
    // A use column headed by its uses or its label's "efficacy and effects".
    ['主要用途', 'indication'],
    ['Einsatzgebiet', 'indication'],
    ['Uso aprobado', 'indication'],
    ['Применение', 'indication'],
    ['効能・効果', 'indication'],
    ['효능·효과', 'indication'],
  ])('%s → %s', (header, role) => {
    expect(roleOf(header)).toBe(role);
  });
});

describe('places named in the page’s own language', () => {
  it.each([
    ['Статус в Российской Федерации: не зарегистрирован', 'RU_MOH'],
    ['イエスカルタは日本では適応がありません', 'PMDA'],
    ['国内の第2相試験で承認された', 'PMDA'],
    ['国内首款CAR-T产品获批', 'NMPA'],
    ['aprobado en México', undefined],
  ])('%s → %s', (text, regulator) => {
    expect(localPlaceRegulator(text)).toBe(regulator);
  });
});
