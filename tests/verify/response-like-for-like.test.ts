// A figure is evidence only about the same measurement: the same metric, the trial the page names,
// the whole trial population at best response. Anything else is "no record", never "differs".
import { describe, expect, it } from 'vitest';
import { claimOf, verified } from './helpers';

const responses = (text: string) =>
  verified(text)
    .filter((c) => c.kind === 'response')
    .map((c) => ({ metric: c.details['metric'], value: c.details['value'], verdict: c.verdict }));

describe('like-for-like figures', () => {
  it('ties "67% of patients reaching sCR" to sCR, not to the response rate before it', () => {
    expect(
      responses(
        'Cilta-cel showed a 97% response rate, with 67% of patients reaching stringent complete response in the CARTITUDE-1 trial.',
      ),
    ).toEqual([
      { metric: 'response', value: 97, verdict: 'consistent' },
      { metric: 'sCR', value: 67, verdict: 'consistent' },
    ]);
  });

  it('never reads a follow-up length or a survival rate as a response figure', () => {
    expect(
      responses(
        'With cilta-cel, after 12.4 months median follow-up, progression-free survival rate was 77%, and durable responses with 66% progression-free survival.',
      ),
    ).toEqual([]);
  });

  it('leaves a figure at a landmark time point unverified, whatever its value', () => {
    expect(responses('At 12 months, 77% of patients treated with cilta-cel were in response.')).toEqual([
      { metric: 'response', value: 77, verdict: 'unverified' },
    ]);
  });

  it('leaves a subgroup figure unverified', () => {
    expect(responses('In the high-risk subgroup, cilta-cel ORR was 95%.')).toEqual([
      { metric: 'ORR', value: 95, verdict: 'unverified' },
    ]);
  });

  it('leaves a figure from a trial the dataset does not hold unverified', () => {
    const [claim] = verified('Cilta-cel ORR was 80% in CARTITUDE-9.').filter((c) => c.kind === 'response');
    expect(claim?.verdict).toBe('unverified');
    expect(claim?.explanation).toContain('CARTITUDE-9, a trial the dataset does not hold');
  });

  it('still calls a wrong pivotal figure wrong', () => {
    expect(responses('In CARTITUDE-1, cilta-cel ORR was 80%.')).toEqual([
      { metric: 'ORR', value: 80, verdict: 'differs' },
    ]);
  });
});

describe('figures close to the record without a named trial', () => {
  it('leaves a figure a few points from every recorded one unverified (another analysis may hold it)', () => {
    const [c] = verified(
      'Lifileucel demonstrated an overall response rate of 36% with durable responses.',
    ).filter((x) => x.kind === 'response');
    expect(c?.verdict).toBe('unverified');
    expect(c?.explanation).toContain('does not name its trial');
  });

  it('still calls a figure far from every recorded one wrong', () => {
    const [c] = verified('Lifileucel demonstrated an overall response rate of 55% in melanoma.').filter(
      (x) => x.kind === 'response',
    );
    expect(c?.verdict).toBe('differs');
  });
});

describe('figures over another cohort', () => {
  it('leaves a figure over fewer patients than every figure on record unverified, not wrong', () => {
    expect(
      responses(
        'FUMANBA-1研究中，103例可评估患者的客观缓解率为96.1%；在91例既往未接受过CAR-T治疗的患者中，伊基奥仑赛的客观缓解率为98.9%。',
      ),
    ).toEqual([
      { metric: 'ORR', value: 96.1, verdict: 'consistent' },
      { metric: 'ORR', value: 98.9, verdict: 'unverified' },
    ]);
  });
});

describe('a named trial whose label figure the dataset does not hold', () => {
  it('leaves a figure a few points from a later publication unverified, not differs', () => {
    const [claim] = verified(
      'In KarMMa-3, Abecma gave a complete response in 39% of patients versus 5%.',
    ).filter((c) => c.kind === 'response');
    expect(claim?.verdict).toBe('unverified');
  });

  it('still calls a figure far from every recorded one of that trial different', () => {
    const [claim] = verified('In KarMMa-3, Abecma gave a complete response in 80% of patients.').filter(
      (c) => c.kind === 'response',
    );
    expect(claim?.verdict).toBe('differs');
  });
});

describe('figures first, measure after (Japanese, Korean)', () => {
  it('ties each figure to the measure its subject marker leads to', () => {
    expect(
      verified([
        { text: 'ブレヤンジを使います。' },
        { text: 'ブレヤンジのTRANSCEND試験では約7割の方が奏効し、半数以上が完全奏効でした。' },
      ])
        .filter((c) => c.kind === 'response')
        .map((c) => [c.details['metric'], c.details['value']]),
    ).toEqual([
      ['response', 70],
      ['CR', 50],
    ]);
  });
});

describe('a figure with neither its trial nor its disease', () => {
  it('is no record for a product whose figures come from trials in several diseases', () => {
    // (With its number of patients, "in 34 patients", it would be another cohort first.)
    const [claim] = verified('Breyanzi had an overall response rate of 58.8%.').filter(
      (c) => c.kind === 'response',
    );
    expect(claim!.verdict).toBe('unverified');
    expect(claim!.explanation).toContain('names neither the trial nor the disease');
  });

  it('still differs when the disease is named and no figure there agrees', () => {
    const [claim] = verified(
      'In large B-cell lymphoma, Breyanzi had an overall response rate of 40%.',
    ).filter((c) => c.kind === 'response');
    expect(claim!.verdict).toBe('differs');
  });

  it('still differs for a product whose figures all come from one disease', () => {
    const [claim] = verified('Carvykti had an overall response rate of 60%.').filter(
      (c) => c.kind === 'response',
    );
    expect(claim!.verdict).toBe('differs');
  });
});

describe('figures listed with their own measures', () => {
  it('a measure tied to its figure by a verb stays that figure’s, though another figure follows', () => {
    const found = verified(
      'Aucatzyl: In der FELIX-Studie (Kohorte 2A, 94 Patientinnen und Patienten) lag die Gesamtremissionsrate bei 77 %; 55 % erreichten eine komplette Remission, 21 % eine komplette Remission mit unvollständiger Blutbilderholung.',
    ).filter((c) => c.kind === 'response');
    expect(found.map((c) => [c.details['metric'], c.details['value'], c.verdict])).toEqual([
      ['CR/CRi', 77, 'consistent'],
      ['CR', 55, 'consistent'],
      ['CRi', 21, 'consistent'],
    ]);
  });

  it('a bare "remission" in lymphoma may be the overall response', () => {
    const c = claimOf('Yescarta: 在关键研究ZUMA-1中，约72%的患者获得缓解。', 'response');
    expect(c.verdict).toBe('consistent');
    expect(c.explanation).toContain('ORR 72%');
  });
});

describe("a trial named in the figure's table row", () => {
  it('names the product that ran it, though the page names several products', () => {
    const header = ['疾病', '試驗', '人數', '主要結果'];
    const cells = ['成人濾泡性淋巴瘤', 'ELARA', '94 人', '整體反應率約 86%，完全反應率約 69%'];
    const found = verified([
      { text: 'Yescarta 與 Breyanzi 均已核准用於二線治療。' },
      { kind: 'table-row', text: cells.join(' | '), cells, header },
    ]).filter((c) => c.kind === 'response');
    expect(found.map((c) => [c.productId, c.details['metric'], c.verdict])).toEqual([
      ['tisagenlecleucel', 'ORR', 'consistent'],
      ['tisagenlecleucel', 'CR', 'consistent'],
    ]);
  });
});

describe('hazard ratios of a named survival measure', () => {
  it('compares an overall-survival ratio only with overall-survival ratios on record', () => {
    // TRANSFORM: the record holds the progression-free ratio (0.40), not the overall-survival one.
    const os = claimOf(
      'In TRANSFORM, overall survival favoured Breyanzi (hazard ratio 0.724), but the difference was not significant.',
      'response',
    );
    expect(os.verdict).toBe('unverified');
    expect(os.explanation).toContain('No overall survival HR figure for lisocabtagene maraleucel');
    // ZUMA-7 holds both: each page figure meets its own.
    expect(
      claimOf('In ZUMA-7, overall survival was longer with Yescarta (HR 0.73).', 'response').verdict,
    ).toBe('consistent');
    expect(
      claimOf('In ZUMA-7, event-free survival was longer with Yescarta (HR 0.40).', 'response').verdict,
    ).toBe('consistent');
    // The measure before the ratio, across the figures' decimal points; "对" sets the comparison arm.
    const zh = verified(
      'Yescarta的ZUMA-7研究中，中位无事件生存期为8.3个月对2.0个月（HR 0.40），总生存的HR为0.73。',
    ).filter((c) => c.kind === 'response');
    expect(zh.map((c) => c.verdict)).not.toContain('differs');
    expect(zh.filter((c) => c.matched === 'HR 0.40').map((c) => c.verdict)).toEqual(['consistent']);
  });
});
