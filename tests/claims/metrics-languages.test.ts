// Response metrics named in the languages pages use, each read as the same metric as in English.
import { describe, expect, it } from 'vitest';
import { findMetrics } from '../../lib/claims/metrics';

const metrics = (text: string) => findMetrics(text).map((m) => m.metric);

describe('metrics in other languages', () => {
  it.each([
    ['lag die Gesamtansprechrate bei 85,3 %', 'ORR'],
    ['die Rate kompletter Remissionen bei 67,6 %', 'CR'],
    ['le taux de réponse globale atteignait 84,6 %', 'ORR'],
    ['73,1 % des patients ont obtenu une réponse complète', 'CR'],
    ['a taxa de resposta global foi de 83 %', 'ORR'],
    ['国内の第2相試験で奏効率86.7％', 'ORR'],
    ['완전관해율(CR): 67.1%', 'CR'],
    ['частота общего ответа составила 82%', 'ORR'],
    ['el 77 % de los pacientes evaluables alcanzó la remisión', 'remission'],
    ['臨床試験では、8割もの患者に有効だった', 'response'],
    ['частота объективного ответа 72 %', 'ORR'],
    ['полных ответов — 62,1 %', 'CR'],
    // Russian abbreviations in capitals: ЧОО (ORR), ПО (CR), строгий ПО / сПО (sCR).
    ['ЧОО составила 97,9 %', 'ORR'],
    ['ПО — 33 %', 'CR'],
    ['строгий ПО — 82,5 %', 'sCR'],
    ['сПО 67 %', 'sCR'],
    ['Réponse objective de 31,4 %', 'ORR'],
    ['respuesta objetiva del 72 %', 'ORR'],
    ['ELIANA: Remissionsrate 81 %', 'remission'],
    // A named measure outranks the bare word that starts before it and overlaps it.
    ['tasa de respuesta completa: 65 % frente a 32 %', 'CR'],
    ['частота полного ответа была ниже — около 20 %', 'CR'],
    ['В KarMMa ответили примерно три четверти пациентов', 'response'],
    ['полный ответ и лучше — около трети', 'CR/sCR'],
    ['примерно у двух третей — строгий полный ответ', 'sCR'],
    ['約7割が奏効しました', 'response'],
    // Verbs in the past, a separable German verb, French abbreviations, Traditional Chinese, plain words.
    ['In iMMagine-1 sprachen 97 % der Patienten an.', 'response'],
    ['En CARTITUDE-1 respondió el 97,9 %.', 'response'],
    ['RC 60 %', 'CR'],
    // CR with incomplete recovery and overall remission in German and French.
    ['21 % eine komplette Remission mit unvollständiger Blutbilderholung', 'CRi'],
    ['rémission complète avec récupération hématologique incomplète chez 21 %', 'CRi'],
    ['lag die Gesamtremissionsrate bei 77 %', 'CR/CRi'],
    ['10명 중 8명 이상(83%)이 반응했고', 'response'],
    // Stringent complete response in each language, and a response kept over time.
    ['una respuesta completa estricta del 67 %', 'sCR'],
    ['resposta completa rigorosa em 67 %', 'sCR'],
    ['une réponse complète stricte chez 67 %', 'sCR'],
    ['厳格な完全奏効は67%でした', 'sCR'],
    ['9カ月の時点で奏効を維持していた患者は76％', 'durable'],
    ['12개월 시점에 반응이 유지된 환자는 60%', 'durable'],
    // Plain words for a complete response.
    ['pouco mais de metade (53%) ficou sem sinais de doença', 'CR'],
    ['53% had no signs of the disease', 'CR'],
    ['Ansprechen 72 %', 'response'],
    ['In der Zulassungsstudie sprach knapp ein Drittel der 73 Behandelten an.', 'response'],
    ['schrumpfte der Tumor bei 43 Prozent der 44 Behandelten', 'response'],
    ['no estudo KarMMa a resposta foi de 73%', 'response'],
    ['RCi 21 %', 'CRi'],
    ['réponse globale 86,2 %', 'ORR'],
    ['整體反應率約五成', 'ORR'],
    ['完全反應率約三成', 'CR'],
    ['近九成患者获得缓解', 'remission'],
    ['約98%の人に効果があった', 'response'],
  ])('%j names %s', (text, metric) => {
    expect(metrics(text)).toContain(metric);
  });

  it('does not read a word that merely contains a metric word', () => {
    expect(metrics('Die Remissionsdauer ist unbekannt')).not.toContain('remission');
    // "有効性" is efficacy in general (a heading), not a share of patients who responded.
    expect(metrics('有効性と安全性を評価した')).toEqual([]);
    // A FAQ's "Ответ:" (answer) is no response.
    expect(metrics('Ответ: 80 % пациентов')).toEqual([]);
  });
});

describe('an abbreviation in brackets after a measure’s words', () => {
  it('names that measure, and is no second one', () => {
    expect(
      metrics(
        '55 % eine komplette Remission (CR) und 21 % eine CR mit unvollständiger hämatologischer Erholung (CRi)',
      ),
    ).toEqual(['CR', 'CRi']);
  });

  it('does not join a measure to a bracket that holds a figure', () => {
    expect(metrics('ORR was 83% (CR 40%)')).toEqual(['ORR', 'CR']);
  });
});
