// Products written in Cyrillic, katakana or hangul by rule, without a recorded local name: brands and INNs
// reduced to the same sound key as the Latin names (lib/match/transliterate.ts). Ordinary words of
// those scripts must stay ordinary words.
import { describe, expect, it } from 'vitest';
import { hitsIn } from './helpers';
import { cyrillicSoundKey, hangulKeys, katakanaKey, kanaKey, soundKey } from '../../lib/match/transliterate';

const products = (text: string) => hitsIn(text).filter((h) => h.kind === 'product');

describe('transliterated product names', () => {
  it.each([
    ['Текартус (брексукабтаген аутолейцел) одобрен FDA.', 'brexucabtagene-autoleucel', 'Текартус'],
    [
      'Препарат брексукабтаген аутолейцел одобрен FDA.',
      'brexucabtagene-autoleucel',
      'брексукабтаген аутолейцел',
    ],
    ['Бреянзи одобрен в 2021 году.', 'lisocabtagene-maraleucel', 'Бреянзи'],
    // A soft g written "дж", and the hard one.
    ['Имлиджик не зарегистрирован в России.', 'talimogene-laherparepvec', 'Имлиджик'],
    ['Имлигик не зарегистрирован в России.', 'talimogene-laherparepvec', 'Имлигик'],
    ['лизокабтаген маралейцел — CAR-T против CD19.', 'lisocabtagene-maraleucel', 'лизокабтаген маралейцел'],
    ['Абекма применяется при миеломе.', 'idecabtagene-vicleucel', 'Абекма'],
    ['Карвикти применяется при миеломе.', 'ciltacabtagene-autoleucel', 'Карвикти'],
    [
      'эквекабтаген аутолейцел зарегистрирован в Китае.',
      'equecabtagene-autoleucel',
      'эквекабтаген аутолейцел',
    ],
    // A short form: the stem and "-цел" together.
    ['зевор-цел зарегистрирован в Китае.', 'zevorcabtagene-autoleucel', 'зевор-цел'],
    ['BCMAを狙うカービクティが承認されています。', 'ciltacabtagene-autoleucel', 'カービクティ'],
    ['イエスカルタは大細胞型B細胞リンパ腫に使われます。', 'axicabtagene-ciloleucel', 'イエスカルタ'],
    ['テカルタスはマントル細胞リンパ腫に使われます。', 'brexucabtagene-autoleucel', 'テカルタス'],
    // Hangul INNs: the first word, a particle after the second left out.
    [
      '중국에서는 위암 CAR-T인 사트리캅타젠 오토류셀이 허가되었다.',
      'satricabtagene-autoleucel',
      '사트리캅타젠 오토류셀',
    ],
    ['제보르캅타젠은 중국에서 허가되었다.', 'zevorcabtagene-autoleucel', '제보르캅타젠'],
    ['에퀘캅타젠 오토류셀은 BCMA를 표적으로 한다.', 'equecabtagene-autoleucel', '에퀘캅타젠 오토류셀'],
  ])('finds %j', (text, id, quote) => {
    const hit = products(text)[0];
    expect(hit?.id).toBe(id);
    expect(hit?.text).toBe(quote);
  });

  it.each([
    'Пациенты получают лечение в клинике, а затем проходят наблюдение и реабилитацию.',
    'Автолейцел и аутологичные клетки — общие слова, не препарат.',
    // A short form's stem without "-цел" is an ordinary word.
    'Зевор и сатри — не названия препаратов.',
    'スタッフがコンピューターとテクノロジーでサポートします。',
    'カルテとカテーテル、ケアマネージャーのサービス。',
    '환자분들께서는 입원하시기 전에 보호자와 함께 설명을 들으시고 동의서를 작성하십니다.',
    '세포치료센터는 코디네이터와 컨퍼런스를 통해 스케줄을 조율합니다.',
  ])('leaves %j alone', (text) => {
    expect(products(text)).toEqual([]);
  });

  it('reduces both scripts to one key', () => {
    expect(cyrillicSoundKey('лизокабтаген')).toBe(soundKey('lisocabtagene'));
    expect(cyrillicSoundKey('маралейцел')).toBe(soundKey('maraleucel'));
    expect(katakanaKey('アベクマ')).toBe(kanaKey(soundKey('abecma')));
    expect(katakanaKey('ブレヤンジ')).toBe(kanaKey(soundKey('breyanzi')));
    expect(hangulKeys('사트리캅타젠')[0]).toBe(kanaKey(soundKey('satricabtagene')));
    expect(hangulKeys('제보르캅타젠')).toContain(kanaKey(soundKey('zevorcabtagene')));
  });
});
