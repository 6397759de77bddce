// One card per quoted statement, problems first, and the sentence a patient reads first.
import { describe, expect, it } from 'vitest';
import { countStatements, groupStatements, problemCount } from '../../components/statements';
import { summarySentence } from '../../components/summary-sentence';
import { createTranslator } from '../../components/i18n';
import type { Claim } from '../../lib/schema';
import { fullReport, KYMRIAH_SENTENCE } from './fixtures';

const en = createTranslator('en');
const claim = (id: string) => fullReport.claims.find((c) => c.id === id)!;

describe('groupStatements', () => {
  it('puts claims quoting the same sentence on one card, led by the worst verdict', () => {
    const statements = groupStatements(fullReport.claims);
    const kymriah = statements.find((s) => s.text === KYMRIAH_SENTENCE)!;
    expect(kymriah.claims.map((c) => c.id)).toEqual(['c2', 'c1']);
    expect(kymriah.verdict).toBe('differs');
    expect(kymriah.id).toBe('c1');
    expect(statements.length).toBe(fullReport.claims.length - 1);
  });

  it('orders problems, then cautions, then consistent, then unverified, each in reading order', () => {
    expect(groupStatements(fullReport.claims).map((s) => [s.id, s.tier])).toEqual([
      ['c1', 'problem'],
      ['c3', 'problem'],
      ['c4', 'problem'],
      ['c8', 'caution'],
      ['c5', 'consistent'],
      ['c6', 'consistent'],
      ['c7', 'unverified'],
    ]);
  });

  it('treats the same words with other spacing as the same statement, and drops repeated parts', () => {
    const twice: Claim[] = [
      claim('c4'),
      { ...claim('c4'), id: 'c9', text: `  ${claim('c4').text.replace(/ /g, '  ')} ` },
    ];
    const [only] = groupStatements(twice);
    expect(groupStatements(twice).length).toBe(1);
    // Same verdict and explanation twice says nothing new: one part.
    expect(only!.claims.map((c) => c.id)).toEqual(['c4']);
  });
});

describe('counts and the badge number', () => {
  it('counts statements that differ and products presented as approved where they are not', () => {
    const counts = countStatements(groupStatements(fullReport.claims));
    expect(counts).toMatchObject({
      differs: 2,
      notApprovedProducts: 1,
      cautions: 1,
      consistent: 2,
      unverified: 1,
    });
    expect(problemCount(fullReport)).toBe(3);
    expect(problemCount({ claims: [claim('c5'), claim('c8')] })).toBe(0);
  });
});

describe('summarySentence', () => {
  it('names the problems first, in plain words', () => {
    expect(summarySentence(countStatements(groupStatements(fullReport.claims)), en)).toBe(
      '2 statements on this page differ from the records; 1 product is presented as approved where it is not; 1 statement uses sales wording to read with care.',
    );
  });

  it('says nothing differs, and how much matched, when nothing does', () => {
    const counts = countStatements(groupStatements([claim('c5'), claim('c6')]));
    expect(summarySentence(counts, en)).toBe(
      'Nothing TherapyLens checked on this page differs from the records; 2 statements match them.',
    );
    expect(summarySentence(countStatements([]), en)).toBe(
      'No statements about results, approvals or who a therapy is for were found on this page.',
    );
  });

  it('is built from translated templates in Chinese and Spanish, with their own plurals and punctuation', () => {
    const counts = countStatements(groupStatements(fullReport.claims));
    expect(summarySentence(counts, createTranslator('zh-CN'))).toBe(
      '本页有 2 处说法与记录不符；1 个产品被说成已获批，但实际上并未获批；1 处使用了宣传性措辞，需谨慎看待。',
    );
    expect(summarySentence(counts, createTranslator('es'))).toBe(
      '2 afirmaciones de esta página no coinciden con los registros; 1 producto se presenta como aprobado donde no lo está; 1 afirmación usa lenguaje publicitario y conviene leerla con cuidado.',
    );
  });
});
