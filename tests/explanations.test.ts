// Verdict explanations over the whole fixture corpus: every claim carries template parts, its
// English text is exactly what the parts render to (in the engine and in the interface), and the
// Chinese and Spanish renders are complete (no missing template, placeholder or key left showing).
import { describe, expect, test } from 'vitest';
import { explanationText, translateParts } from '../components/explanation';
import { createTranslator, type Language } from '../components/i18n';
import { analyzePage } from '../lib/analyze';
import { bundledDataset } from '../lib/dataset/bundled';
import { PageReport, type ExplanationPart } from '../lib/schema';
import { renderEnglish } from '../lib/verify/explain/render';
import { listPageNames } from '../cli/eval/corpus';
import { parseExpected } from '../cli/eval/expected';
import { readFileSync } from 'node:fs';
import { FIXED_NOW, parseDocument, readFixture, testPath } from './helpers/dom';
import { ALL_LANGUAGE_PACKS } from '../lib/match/multilingual/all';

const names = listPageNames(testPath('fixtures', 'pages'));
const translators = Object.fromEntries(
  (['en', 'zh-CN', 'es'] as const).map((l) => [l, createTranslator(l)]),
) as Record<Language, ReturnType<typeof createTranslator>>;

function reportOf(name: string): PageReport {
  const expected = parseExpected(readFileSync(testPath('expected', `${name}.json`), 'utf8'));
  if (!expected.ok) throw new Error(expected.error);
  const doc = parseDocument(readFixture('pages', `${name}.html`));
  return analyzePage(doc, {
    url: expected.value.url,
    dataset: bundledDataset,
    languages: ALL_LANGUAGE_PACKS,
    now: FIXED_NOW,
  });
}

describe('explanations of the fixture pages', () => {
  test.each(names)('%s', (name) => {
    const report = reportOf(name);
    // Through JSON and the schema, as a stored or messaged report travels.
    const stored = PageReport.parse(JSON.parse(JSON.stringify(report)));
    for (const claim of stored.claims) {
      const where = `${claim.id} ${claim.ruleId}: ${claim.explanation}`;
      const parts = claim.explanationParts ?? [];
      expect(parts.length, where).toBeGreaterThan(0);
      expect(renderEnglish(parts), where).toBe(claim.explanation);
      expect(translateParts(parts, translators.en, 'en'), where).toBe(claim.explanation);
      for (const language of ['zh-CN', 'es'] as const) {
        const text = translateParts(parts, translators[language], language);
        expect(text, `${language} ${where}`).toBeDefined();
        expect(text, `${language} ${where}`).not.toMatch(/\{\{|explain\./);
        expect(text, `${language} ${where}`).not.toBe(claim.explanation);
        expect(explanationText(claim, translators[language], language)).toBe(text);
      }
      expect(translateParts(parts, translators['zh-CN'], 'zh-CN'), where).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('fallback to the engine’s English', () => {
  const claim = { explanation: 'English as stored.', explanationParts: undefined };

  test('a report saved before explanations had parts', () => {
    expect(explanationText(claim, translators['zh-CN'], 'zh-CN')).toBe('English as stored.');
  });

  test('a part this version has no template for', () => {
    const newer = {
      ...claim,
      explanationParts: [
        { key: 'unattributed', params: {} },
        { key: 'fromTheFuture', params: {} },
      ],
    };
    expect(explanationText(newer, translators.es, 'es')).toBe('English as stored.');
  });

  test('dates and numbers follow the reader’s language', () => {
    const parts: ExplanationPart[] = [
      { key: 'status.investigational', params: { product: 'X', asOf: { date: '2026-08-11' } } },
      { key: 'response.nDiffers', params: { pageN: 12.5, n: 101 } },
    ];
    expect(translateParts(parts, translators.en, 'en')).toBe(
      'X is investigational: not approved anywhere as of 11 Aug 2026. The page gives n=12.5; this figure is over 101 patients.',
    );
    expect(translateParts(parts, translators['zh-CN'], 'zh-CN')).toBe(
      'X 仍在研究中：截至 2026年8月11日，尚未在任何地区获批。页面给出的是 n=12.5；而这个数字来自 101 名患者。',
    );
    expect(translateParts(parts, translators.es, 'es')).toBe(
      'X está en investigación: a fecha de 11 ago 2026 no está aprobado en ningún país. La página da n=12,5; esta cifra corresponde a 101 pacientes.',
    );
  });
});
