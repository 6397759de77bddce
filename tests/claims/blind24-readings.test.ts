import { describe, expect, it } from 'vitest';
import { verified } from '../verify/helpers';
import { field } from '../helpers/frames';
import type { Claim } from '../../lib/schema';

// Readings drawn from the false alarms of blind set 24 after its second scoring (the set is spent).

const approvals = (claims: readonly Claim[]): string[] =>
  claims
    .filter((c) => c.kind === 'approval' && field(c, 'approved') !== undefined)
    .map(
      (c) =>
        `${c.productId}:${String(field(c, 'approved'))}:${field(c, 'regulator') ?? '-'}:${String(field(c, 'date') ?? '-')}:${c.verdict}`,
    );

describe('what an approval word names, and whose clause a place or date is', () => {
  it('takes the disease that names the approval ("US lymphoma approval") over another in the sentence', () => {
    const claims = verified(
      "The Indian trial mixed B-ALL and lymphoma, whereas Kymriah's US lymphoma approval of May 2018 covers adults after two or more lines.",
    );
    expect(approvals(claims)).toEqual(['tisagenlecleucel:true:FDA:2018-05:consistent']);
  });

  it('reads a quoted name the sentence tells not to use as no approval', () => {
    const claims = verified(
      'Утжефра. На дату редакции она не зарегистрирована: не называйте её в переводах «одобренным лекарством».',
    );
    expect(approvals(claims)).toEqual(['utzhefra:false:-:-:consistent']);
  });

  it('reads a limitation of use removed when the verb comes before it', () => {
    const claims = verified(
      'Kite的Yescarta，則在2026年2月由FDA刪除其二線大B細胞淋巴瘤適應症中「不適用於原發性中樞神經系統淋巴瘤」的使用限制。',
    );
    expect(claims.filter((c) => c.verdict === 'differs' || c.verdict === 'not-approved')).toEqual([]);
  });

  it('ends a Chinese clause at its semicolon, before a date or a Latin name that heads the next', () => {
    const claims = verified(
      '2021年6月，日本以附條件及限期方式批准溶瘤疱疹病毒Delytact（G47Δ）用於惡性膠質瘤；2022年12月16日，FDA批准以腺病毒載體運送干擾素基因的Adstiladrin。',
    );
    expect(approvals(claims)).toEqual([
      'teserpaturev:true:PMDA:2021-06:consistent',
      'nadofaragene-firadenovec:true:FDA:2022-12-16:consistent',
    ]);
  });

  it('reads "chegou à União Europeia" as the EU', () => {
    const claims = verified(
      'O Kymriah foi aprovado pela FDA em 2017 e chegou à União Europeia em agosto de 2018, tal como o Yescarta.',
    );
    expect(approvals(claims)).toContain('axicabtagene-ciloleucel:true:EMA:2018-08:consistent');
  });
});

describe('whose figure', () => {
  it("gives a figure inside a trial's brackets to that trial, not to the one after them", () => {
    const claims = verified([
      { text: 'No registo há doentes tratados com Yescarta e Carvykti.' },
      {
        text: 'Esses números não devem ser comparados diretamente com os ensaios ZUMA-1 (taxa de resposta global de 82% na análise principal) ou CARTITUDE-1 (97,9%).',
      },
    ]).filter((c) => c.kind === 'response');
    expect(
      claims.map((c) => `${c.productId}:${field(c, 'trial')}:${field(c, 'value')}:${c.verdict}`),
    ).toContain('axicabtagene-ciloleucel:ZUMA-1:82:consistent');
  });
});

describe("a decision cell's regulator in a short cell of its row", () => {
  it('reads "미국 FDA" beside "PTLD 허가" as the FDA, not a trial note naming a label', () => {
    const header = ['날짜', '규제기관', '제품', '유형', '결정'];
    const claims = verified([
      {
        kind: 'table-row',
        text: '2026. 1. | 미국 FDA | tab-cel | 동종 T세포 | EBV 양성 이식 후 림프증식질환(PTLD) 허가',
        cells: ['2026. 1.', '미국 FDA', 'tab-cel', '동종 T세포', 'EBV 양성 이식 후 림프증식질환(PTLD) 허가'],
        header,
      },
    ]);
    expect(approvals(claims)).toEqual(['tabelecleucel:true:FDA:-:not-approved']);
    const zh = verified([
      {
        kind: 'table-row',
        text: '阿基仑赛注射液（奕凯达） | 复星凯特 | 二线及以上系统治疗后复发/难治的成人大B细胞淋巴瘤（2021年6月） | ZUMA-1：ORR 72%，CR 51%（FDA标签，n=101）',
        cells: [
          '阿基仑赛注射液（奕凯达）',
          '复星凯特',
          '二线及以上系统治疗后复发/难治的成人大B细胞淋巴瘤（2021年6月）',
          'ZUMA-1：ORR 72%，CR 51%（FDA标签，n=101）',
        ],
        header: ['药品', '企业', '适应症', '数据'],
      },
    ]);
    expect(approvals(zh)).toEqual(['axicabtagene-ciloleucel:true:-:2021-06:consistent']);
  });
});
