import { describe, expect, it } from 'vitest';
import { accusing, verified } from '../verify/helpers';
import { field } from '../helpers/frames';
import { row } from './helpers';

// Readings drawn from the misses, false alarms and false reassurance of blind set 41 after its
// scorings (the set is spent), and from the false alarms left on the spent sets, each a reading of a
// kind of sentence rather than of one: a negative word that determines a noun, a metric read as a
// trial's name, a regulator borrowed from another product's clause, a measure on the label withdrawn,
// a Korean clause ended by its verb, a payer's decision, plural metric words, the present of a
// timeline, wordings of a label widened, a metric that opens the next figure's clause, comparators of
// figures in Chinese words, what a step "is not", a Chinese denial with a place inside it, a quoted
// name the page forbids, a place keyed after the product, a complete response letter past a
// semicolon, an application filed, and a ranking that names no approval. The sentences are this
// repository's own.

const of = (claims: ReturnType<typeof verified>, kind: string, productId?: string) =>
  claims.filter((c) => c.kind === kind && (productId === undefined || c.productId === productId));

const decisions = (claims: ReturnType<typeof verified>) =>
  of(claims, 'approval')
    .filter((c) => field(c, 'approved') === true)
    .map((c) => `${c.productId}:${String(field(c, 'regulator'))}:${String(field(c, 'date'))}:${c.verdict}`);

describe('a negative word that determines a noun', () => {
  const header = ['Produkt', 'Zielantigen', 'Zulassung MCL'];

  it('keeps "keine Zulassung für MCL" in one row to that row\'s product', () => {
    const claims = verified([
      row(['Breyanzi', 'CD19', 'FDA 30.05.2024'], header),
      row(['Kymriah', 'CD19', 'keine Zulassung für MCL'], header),
    ]);
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'indication').map((c) => `${c.productId}:${c.verdict}`)).toEqual([
      'tisagenlecleucel:consistent',
    ]);
  });

  it('still reads the pronoun that stands for the products ("Keines ist …")', () => {
    const claims = verified(
      'Wir setzen Kymriah und Yescarta ein. Keines ist für das multiple Myelom zugelassen.',
    );
    const denials = of(claims, 'approval').filter((c) => field(c, 'approved') === false);
    expect(denials.map((c) => `${c.productId}:${c.verdict}`)).toEqual([
      'tisagenlecleucel:consistent',
      'axicabtagene-ciloleucel:consistent',
    ]);
  });
});

describe('a metric and its figure', () => {
  it('does not read "ORR 85,3 %" as a trial named "ORR 85"', () => {
    const claims = verified([
      row(['Breyanzi', 'CD19', 'ORR 85,3 %, CR 67,6 % (n = 68)'], ['Produkt', 'Ziel', 'Pivotale Daten']),
    ]);
    const responses = of(claims, 'response');
    expect(responses.map((c) => `${field(c, 'metric')}:${c.verdict}`)).toEqual([
      'ORR:consistent',
      'CR:consistent',
    ]);
    expect(responses.map((c) => field(c, 'trialName'))).toEqual([undefined, undefined]);
  });

  it('still names a trial the dataset does not hold ("in CARTITUDE-9")', () => {
    const [claim] = of(verified('Carvykti had an ORR of 80% in CARTITUDE-9.'), 'response');
    expect(field(claim!, 'trialName')).toBe('CARTITUDE-9');
  });
});

describe("a regulator named in another product's clause", () => {
  it('lends none to a listed product with an approval word of its own', () => {
    const claims = verified(
      '此后相继上市：阿基仑赛于2017年10月18日获FDA批准；瑞基奥仑赛于2021年9月获NMPA批准；纳基奥仑赛于2023年11月获批。',
    );
    expect(accusing(claims)).toEqual([]);
    expect(decisions(claims)).toContain('inaticabtagene-autoleucel:undefined:2023-11:consistent');
  });

  it('lends none past a semicolon after the word, to a clause that tells a complete response letter', () => {
    const claims = verified(
      '歐盟在2022年12月批准Ebvallo（tabelecleucel）用於EBV陽性PTLD；美國FDA則先後於2025年1月及2026年1月發出完整回應函。',
    );
    expect(accusing(claims)).toEqual([]);
    expect(decisions(claims)).toEqual(['tabelecleucel:EMA:2022-12:consistent']);
    expect(of(claims, 'approval').filter((c) => field(c, 'decision') === 'crl')).toHaveLength(2);
  });

  it('takes a place keyed after the product\'s colon ("Delytact (G47Δ): Japan, 2021, …")', () => {
    const claims = verified([
      {
        text: 'Imlygic: approved by the FDA on 27 October 2015 for melanoma. Delytact (G47Δ): Japan, 2021, malignant glioma, conditional and time-limited approval.',
      },
    ]);
    expect(accusing(claims)).toEqual([]);
    expect(decisions(claims)).toContain('teserpaturev:PMDA:2021:consistent');
  });
});

describe('a measure on the label withdrawn', () => {
  it('reads "REMS retirado" as no withdrawal of the approval, and keeps the row\'s approval date', () => {
    const header = ['Producto', 'Principio activo (diana)', 'Aprobación FDA', 'Cambio de seguridad'];
    const claims = verified([
      row(
        ['Abecma', 'idecabtagén vicleucel (anti-BCMA)', '26/03/2021', 'REMS retirado en junio de 2025'],
        header,
      ),
    ]);
    expect(of(claims, 'approval').filter((c) => field(c, 'decision') === 'withdrawal')).toEqual([]);
    expect(decisions(claims)).toEqual(['idecabtagene-vicleucel:FDA:2021-03-26:consistent']);
  });

  it('still reads a withdrawn product', () => {
    const claims = verified('Zalmoxis was withdrawn from the EU market in 2019.');
    expect(of(claims, 'approval').map((c) => field(c, 'decision'))).toContain('withdrawal');
  });
});

describe('a Korean clause ended by its verb', () => {
  it('dates the approval by its own clause, not the next one\'s ("허가되었고 2022년부터 …")', () => {
    const claims = verified(
      '국내에서는 2021년 3월 킴리아주가 처음 허가되었고 2022년부터 건강보험이 적용되어 환자 부담이 줄었습니다.',
    );
    expect(decisions(claims)).toEqual(['tisagenlecleucel:MFDS:2021-03:consistent']);
  });
});

describe("a payer's decision to pay", () => {
  it('is a step no record holds, never an approval dated wrong', () => {
    const claims = verified(
      'O Breyanzi em segunda linha passou a ter financiamento do Infarmed a partir de junho de 2026.',
    );
    expect(accusing(claims)).toEqual([]);
    const steps = of(claims, 'approval').filter((c) => field(c, 'decision') === 'reimbursement');
    expect(steps.map((c) => c.verdict)).toEqual(['unverified']);
  });

  it('still tells the use it pays for ("…肺がんにも保険適用が拡大")', () => {
    const claims = verified('キムリアは現在、肺がんにも保険適用が広がっています。');
    expect(of(claims, 'indication').map((c) => c.verdict)).toEqual(['not-approved']);
    expect(of(claims, 'approval').map((c) => field(c, 'decision'))).toEqual(['reimbursement']);
  });

  it('keeps the uses of a licence told beside the coverage ("已取得藥證，用於…，並自…起納入健保")', () => {
    const claims = verified('Kymriah已取得藥證，用於25歲以下的急性淋巴性白血病，並自2023年11月起納入健保。');
    expect(of(claims, 'indication').map((c) => c.verdict)).toEqual(['consistent']);
  });

  it('leaves the regulator\'s approval in a bracket beside it ("(2022년 12월 미국 FDA 허가)")', () => {
    const claims = verified('애드스틸라드린(2022년 12월 미국 FDA 허가)은 국내 건강보험이 적용되지 않습니다.');
    expect(accusing(claims)).toEqual([]);
    const approvals = of(claims, 'approval').filter((c) => field(c, 'approved') === true);
    expect(approvals.map((c) => `${c.productId}:${String(field(c, 'regulator'))}:${c.verdict}`)).toEqual([
      'nadofaragene-firadenovec:FDA:consistent',
    ]);
  });

  it('is named by an approval word right beside it ("approved for reimbursement")', () => {
    const claims = verified('Kymriah was approved for reimbursement by Medicare in 2020.');
    expect(decisions(claims)).toEqual([]);
    expect(of(claims, 'approval').map((c) => field(c, 'decision'))).toEqual(['reimbursement']);
  });
});

describe('metric words', () => {
  it('reads the plural ("33,6 % de réponses objectives") and the complete share by its adjective', () => {
    const claims = verified(
      'Dans IGNYTE, le RP1 a obtenu 33,6 % de réponses objectives, dont 15,0 % complètes.',
    );
    expect(of(claims, 'response').map((c) => `${field(c, 'metric')}:${field(c, 'value')}`)).toEqual([
      'ORR:33.6',
      'CR:15',
    ]);
  });

  it('gives a metric after a bare comma to the figure after it ("…大概一半，完全緩解大約三成")', () => {
    const claims = verified('Kymriah的JULIET試驗，客觀反應率大概一半，完全緩解大約三成。');
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'response').map((c) => `${field(c, 'metric')}:${field(c, 'value')}`)).toEqual([
      'ORR:50',
      'CR:30',
    ]);
  });

  it('reads "有反應" as responding, so the metric after the comma stays with its own figure', () => {
    const claims = verified('Kymriah在JULIET試驗中約五成二的病人有反應，完全緩解約四成。');
    expect(accusing(claims)).toEqual([]);
  });

  it('reads "超過九成" and "九成以上" as more than ninety per cent', () => {
    for (const text of [
      '伊基奧侖賽的FUMANBA-1研究中，超過九成病人有反應。',
      '伊基奧侖賽的FUMANBA-1研究中，九成以上病人有反應。',
    ]) {
      const [claim] = of(verified(text), 'response');
      expect(`${field(claim!, 'comparator')}:${claim!.verdict}`).toBe('>:consistent');
    }
  });
});

describe('decisions told in the present of a timeline', () => {
  it('reads "autoriza", "se autoriza" and "aprova" as the decisions they tell', () => {
    const claims = verified([
      { kind: 'list-item', text: '2018: la Comisión Europea autoriza Kymriah.' },
      { kind: 'list-item', text: '2022: Anvisa aprova Carvykti.' },
    ]);
    expect(decisions(claims)).toEqual([
      'tisagenlecleucel:EMA:2018:consistent',
      'ciltacabtagene-autoleucel:ANVISA:2022:consistent',
    ]);
  });
});

describe('a label widened', () => {
  it('reads "扩大到…的病人", "사용 범위가 넓어졌" and "Erweiterung auf Patienten" as extensions', () => {
    const zh = verified('Carvykti在美国于2024年4月扩大到接受过一线治疗的病人。');
    expect(decisions(zh)).toEqual(['ciltacabtagene-autoleucel:FDA:2024-04:consistent']);
    const ko = verified('예스카타는 미국에서 2022년 2차 치료로 사용 범위가 넓어졌습니다.');
    expect(decisions(ko)).toEqual(['axicabtagene-ciloleucel:FDA:2022:consistent']);
    const de = verified(
      'Für Carvykti folgte im April 2024 in der EU die Erweiterung auf Patienten nach einer Vortherapie.',
    );
    expect(decisions(de)).toEqual(['ciltacabtagene-autoleucel:EMA:2024-04:consistent']);
  });

  it('not an extension to anything else ("Erweiterung auf weitere Zentren")', () => {
    expect(decisions(verified('Für Kymriah ist die Erweiterung auf weitere Zentren geplant.'))).toEqual([]);
  });
});

describe('what a step is not', () => {
  it('reads "— тоже не одобрение" and "ist noch keine Zulassung" as no denial', () => {
    const claims = verified([
      { text: 'Положительное заключение CHMP по Aucatzyl — ещё не одобрение.' },
      { text: 'Die positive CHMP-Empfehlung für Aucatzyl ist noch keine Zulassung.' },
    ]);
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'approval').filter((c) => field(c, 'approved') === false)).toEqual([]);
  });
});

describe('a Chinese denial with a place inside it, and a name the page forbids', () => {
  it('reads "并未在美国获批上市" as the denial, and "请勿…误称其为“美国FDA批准产品”" as no approval', () => {
    const claims = verified('源瑞达并未在美国获批上市，请勿向患者误称其为“美国FDA批准产品”。');
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'approval').map((c) => `${field(c, 'approved')}:${c.verdict}`)).toEqual([
      'false:consistent',
    ]);
  });
});

describe('a complete response letter and a denial of its own', () => {
  it('keeps a denial past a semicolon beside the letter', () => {
    const claims = verified('RP1曾于2025年7月收到FDA完整回应函；截至本文日期，本公司未见其获批公告。');
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'approval').filter((c) => field(c, 'approved') === false)).toHaveLength(1);
  });
});

describe('an application filed', () => {
  it('reads "su solicitud a la EMA se presentó" and "o pedido … foi submetido" as filings', () => {
    const claims = verified([
      {
        text: 'Amtagvi tiene aprobación acelerada de la FDA desde febrero de 2024; su solicitud a la EMA se presentó en 2024.',
      },
      { text: 'Para o Amtagvi, o pedido à EMA foi submetido em 2024.' },
    ]);
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'approval').map((c) => field(c, 'decision') ?? field(c, 'regulator'))).toEqual([
      'FDA',
      'filing',
      'filing',
    ]);
  });
});

describe('a ranking that names no approval', () => {
  it('leaves a product in trials unverified when ranked first with no word of approval', () => {
    const claims = verified('«Утжефра» — первый отечественный CAR-T-препарат против CD19.');
    expect(accusing(claims)).toEqual([]);
  });

  it('still refutes a ranking that says approved', () => {
    const claims = verified('«Утжефра» — первый одобренный в России CAR-T-препарат.');
    expect(accusing(claims).length).toBeGreaterThan(0);
  });
});

// Guards from the code review of these readings: wordings of the same shape that must not change.
describe('the readings stop where their wording does', () => {
  it('reads no approval in a present-tense verb whose object is a trial ("autoriza un ensayo")', () => {
    const claims = verified([
      { text: '2025: la FDA autoriza un ensayo clínico de RP1 en melanoma.' },
      { text: "En 2025, l'ANSM autorise un essai clinique de l'anito-cel." },
    ]);
    expect(accusing(claims)).toEqual([]);
  });

  it('keeps a withdrawal whose measure is its cause ("withdrawn due to unmet requirements")', () => {
    const claims = verified([
      { text: "Zalmoxis's EU authorisation was withdrawn due to unmet requirements in October 2019." },
      { text: 'Die bedingte Zulassung von Zalmoxis wurde 2019 wegen nicht erfüllter Auflagen widerrufen.' },
    ]);
    expect(accusing(claims)).toEqual([]);
    expect(of(claims, 'approval').map((c) => `${field(c, 'decision')}:${c.verdict}`)).toEqual([
      'withdrawal:consistent',
      'withdrawal:consistent',
    ]);
  });

  it('keeps the approval date of a row beside a coverage column', () => {
    const claims = verified([
      row(['Kymriah', '30.08.2017', 'erstattet seit 2019'], ['Produkt', 'FDA-Zulassung', 'Erstattung']),
    ]);
    expect(decisions(claims)).toEqual(['tisagenlecleucel:FDA:2017-08-30:consistent']);
  });

  it('reads an application the sentence says was approved as the approval', () => {
    const claims = verified(
      'La solicitud presentada por Novartis fue aprobada por la Comisión Europea en agosto de 2018 para Kymriah.',
    );
    expect(decisions(claims)).toEqual(['tisagenlecleucel:EMA:2018-08:consistent']);
  });

  it('still denies with "ist noch keine Zulassung … erteilt worden"', () => {
    const claims = verified('Für Kymriah ist noch keine Zulassung in der EU erteilt worden.');
    expect(accusing(claims).map((c) => c.productId)).toEqual(['tisagenlecleucel']);
  });

  it('still denies a product with the Russian dash ("Карвикти в России — не регистрация")', () => {
    const claims = verified(
      'Карвикти в России — не регистрация, а лишь разрешение на клинические исследования.',
    );
    expect(of(claims, 'approval').filter((c) => field(c, 'approved') === false)).toHaveLength(1);
  });

  it('reads no response in "没有反应" nor in "有反应性发热", and no lower bound in "高达"', () => {
    expect(of(verified('Carvykti在CARTITUDE-1研究中仅约3%的患者没有反应。'), 'response')).toEqual([]);
    expect(of(verified('Yescarta在ZUMA-1研究中，约一成患者有反应性发热。'), 'response')).toEqual([]);
    const [asHighAs] = of(verified('Carvykti在CARTITUDE-1研究中，客观缓解率高达八成。'), 'response');
    expect(asHighAs!.verdict).toBe('differs');
  });

  it('reads "不到三成" as less than thirty per cent', () => {
    const [claim] = of(verified('Kymriah在JULIET研究中，完全缓解率不到三成。'), 'response');
    expect(field(claim!, 'comparator')).toBe('<');
  });

  it('reads no label widened in a trial, a plant or a scope word ("研究…扩大到", "사용 범위가 넓은")', () => {
    const claims = verified([
      { text: 'Carvykti的CARTITUDE-5研究于2024年扩大到新诊断多发性骨髓瘤患者。' },
      { text: 'Carvykti的生产能力于2025年扩大到每年数千名患者。' },
      { text: '예스카타는 2024년 기준 사용 범위가 넓은 치료제입니다.' },
    ]);
    expect(accusing(claims)).toEqual([]);
    expect(decisions(claims)).toEqual([]);
  });

  it('still reads a widening based on a trial ("ZUMA-7試験に基づき…適応が拡大")', () => {
    const claims = verified(
      'イエスカルタはZUMA-7試験に基づき大細胞型B細胞リンパ腫の二次治療にも適応が拡大されました。',
    );
    expect(of(claims, 'approval').filter((c) => field(c, 'approved') === true)).toHaveLength(1);
  });

  it('reads no use in a refused reimbursement', () => {
    const claims = verified(
      'Le remboursement de Kymriah dans le lymphome à cellules du manteau a été refusé.',
    );
    expect(accusing(claims)).toEqual([]);
  });

  it('takes no keyed place past another event ("China, 2017, discovered …; approved in 2022")', () => {
    const claims = verified(
      'Carvykti (cilta-cel): China, 2017, discovered by Legend Biotech; approved in 2022.',
    );
    expect(accusing(claims)).toEqual([]);
  });

  it('reads "complete" as the complete share only where it ends the phrase', () => {
    const claims = verified(
      'In ZUMA-1, 101 patients received Yescarta, including 90% complete dose delivery; ORR was 83%.',
    );
    expect(of(claims, 'response').map((c) => field(c, 'metric'))).not.toContain('CR');
  });

  it('reads the negative pronoun before an adverb or another verb ("Ninguno aún está aprobado")', () => {
    const claims = verified('Usamos Kymriah y Yescarta. Ninguno aún está aprobado para el mieloma múltiple.');
    expect(of(claims, 'approval').filter((c) => field(c, 'approved') === false)).toHaveLength(2);
  });

  it('still refutes a ranking that names the market', () => {
    const claims = verified('«Утжефра» — первый отечественный CAR-T-препарат, вышедший на рынок.');
    expect(accusing(claims).length).toBeGreaterThan(0);
  });
});
