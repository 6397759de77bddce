import { describe, expect, it } from 'vitest';
import { marketingRule } from '../../../lib/claims/rules/marketing';
import { sentence } from '../helpers';

const detect = (text: string) =>
  marketingRule.gate.test(text) ? marketingRule.detect(sentence(text)).map((c) => c.details['phrase']) : [];

// The same kinds of promise as in English, in the languages of medical-tourism and clinic pages.
describe('marketing rule in other languages', () => {
  it.each([
    ['¡Un 98 % de éxito en nuestros pacientes!', '98 % de éxito'],
    ['Trabajamos con los mejores hospitales de China y Estados Unidos.', 'los mejores hospitales'],
    ['Tratamiento sin efectos secundarios gracias a nuestro protocolo.', 'sin efectos secundarios'],
    ['Una sola infusión: la cura definitiva para su cáncer.', 'cura'],
    ['Tratamento CAR-T em Istambul com cura garantida!', 'cura'],
    ['100% de sucesso nos nossos doentes.', '100% de sucesso'],
    ['Somos o centro mais experiente do Nordeste em terapia celular.', 'centro mais experiente'],
    ['Taux de réussite de 95 % chez les patients que nous avons accompagnés !', 'taux de réussite'],
    ['Traitement sans douleur et sans effets secondaires graves.', 'sans effets secondaires'],
    ['Лечение проходит без побочных эффектов.', 'без побочных эффектов'],
    ['Гарантируем ремиссию или организуем повторный курс.', 'гарантируем ремиссию'],
    ['Успешный исход лечения у 95 % наших пациентов.', 'успешный исход'],
    ['Эффективность CAR-T в наших клиниках-партнёрах достигает 90%.', 'наших клиниках-партнёрах'],
    ['副作用はほとんどありません。', '副作用はほとんどありません'],
    ['当院で治療を受けた方の約80％で腫瘍の縮小を確認しています。', '当院で治療を受けた方の約80%'],
    ['부작용 걱정 없이 한 번에 완치되는 치료', '부작용 걱정 없'],
    ['국내 최고 수준의 치료 성적을 자랑합니다', '최고 수준'],
    ['我院CAR-T中心技术水平国内领先，患者满意度100%', '我院'],
    ['被誉为“抗癌神药”', '神药'],
  ])('%j', (text, phrase) => {
    expect(detect(text).some((p) => typeof p === 'string' && p.startsWith(phrase))).toBe(true);
  });

  it.each([
    // Careful wording: the negation before, inside or after the promise.
    'Los especialistas insisten en que ninguna de estas terapias es una cura garantizada.',
    'CAR-T no es una cura para todos los pacientes.',
    'Wichtig: Eine CAR-T-Therapie garantiert keine Heilung.',
    'Eine Heilung kann nicht garantiert werden.',
    'Врачи не гарантируют результат.',
    '完治を保証するものではありません。',
    // A guarantee of something other than an outcome; insurance cover.
    'Además, cuenta con aprobación de la FDA, lo que garantiza estándares internacionales.',
    '医療滞在ビザの身元保証、通訳、宿泊を手配します。',
    '실손의료보험: 비급여 약제비 보장 한도와 자기부담률을 확인하세요.',
    'Мы гарантируем лечение без очередей.',
  ])('leaves %j alone', (text) => {
    expect(detect(text)).toEqual([]);
  });
});
