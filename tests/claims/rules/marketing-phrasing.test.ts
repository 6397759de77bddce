// Promotional wording beyond the stock phrases: success rates (no label reports one), side effects
// said to be minimal, claims of working against every cancer, "one of the highest", Chinese cures.
import { describe, expect, it } from 'vitest';
import { marketingRule } from '../../../lib/claims/rules/marketing';
import { claimsOf, sentence } from '../helpers';

const phrases = (text: string) => marketingRule.detect(sentence(text)).map((c) => c.details['phrase']);

describe('promotional wording', () => {
  it.each([
    'Our partner centres report a 92% success rate with CAR-T, one of the highest in Europe.',
    'Success rates of 85% are typical at our clinic.',
    'Success rate: 87%',
    'This is one of the best CAR-T centers in Asia.',
    'Side effects are minimal compared to chemotherapy.',
    'The side effects were mild and short-lived for almost everyone.',
    'Our vaccine activates the immune system against every type of tumour.',
    'It works without the side effects of chemotherapy.',
    'CAR-T治疗一次输注，终身治愈，无需再化疗。',
    '该疗法没有副作用。',
    // Praise with no data behind it, by kind of promise.
    'As a leading oncology centre in Malaysia, we offer CAR-T.',
    'CAR-T therapy in China has emerged as the new global standard.',
    'Our centres achieve clinical outcomes comparable to global benchmarks.',
    'The therapy is very effective, combined with relative safety.',
    'Our team is well-equipped to handle any potential side effects.',
    'This is an opportunity to completely get rid of cancer.',
    'Treatment has an 80 percent success rate in blood cancers.',
    'CAR-T治療で、治らなかった病気でも治せるようになりました。',
    'Lösemi hastalarına yüzde 95 başarıda tedavi imkanı',
  ])('%j is promotional', (text) => {
    expect(phrases(text).length).toBeGreaterThan(0);
  });

  it.each([
    'The success of the trial led to approval.',
    'Side effects can be serious and need a specialist team.',
    'Cytokine release syndrome is the most common side effect.',
    'One of the most common side effects is CRS.',
    'Patients should be monitored because side effects are sometimes severe.',
    '目前CAR-T还不能治愈所有患者。',
    '细胞治疗也可能出现细胞因子释放综合征（CRS）等不良反应。',
    'This product is not intended to diagnose, treat, cure, or prevent any disease.',
    'The FDA label reports an overall remission rate of 83% in ELIANA.',
    'Side effects are not comparable to global benchmarks yet, the team says it is not very effective in solid tumours.',
  ])('%j is not', (text) => {
    expect(phrases(text)).toEqual([]);
  });

  it('a block with no names or figures is still read when it promises a cure in Chinese', () => {
    expect(claimsOf([{ text: 'CAR-T治疗一次输注，终身治愈，无需再化疗。' }]).map((c) => c.kind)).toEqual([
      'marketing',
    ]);
  });
});
