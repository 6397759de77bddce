// Which language packs a page needs (lib/normalize/pack-languages.ts): every language the page shows
// a sign of, and none for an English page. The corpus test is the promise behind per-language
// injection: on every labeled page, the report with the sniffed packs is the report with all packs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage, indexDataset, type DatasetIndex } from '../../lib/analyze';
import { bundledDataset } from '../../lib/dataset/bundled';
import { ALL_LANGUAGE_PACKS } from '../../lib/match/multilingual/all';
import { packLanguagesOf } from '../../lib/normalize/pack-languages';
import { FIXED_NOW, parseDocument, testPath } from '../helpers/dom';

const page = (body: string, head = '', lang = '') =>
  parseDocument(
    `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head>${head}</head><body>${body}</body></html>`,
  );
const sniff = (body: string, head = '', lang = '') => packLanguagesOf(page(body, head, lang));

describe('packLanguagesOf', () => {
  it('gives an English page no pack, author names and "et al." included', () => {
    expect(
      sniff(
        `<h1>Kymriah in B-ALL</h1><p>The trial by Müller et al. reported 81% remission. Le and Des Moines
         were sites; la la land is not French.</p><script>var s = "白血病 лейкоз";</script>
         <style>.x::after { content: "한국" }</style>`,
        '<title>CAR-T for leukemia</title>',
        'en',
      ),
    ).toEqual([]);
  });

  it('reads scripts anywhere in the text: Han and kana ask for both CJK packs', () => {
    expect(sniff('<p>阿基仑赛注射液获批用于治疗弥漫性大B细胞淋巴瘤。</p>')).toEqual(['zh', 'ja']);
    expect(sniff('<p>びまん性大細胞型B細胞リンパ腫の患者に投与します。</p>')).toEqual(['zh', 'ja']);
    expect(sniff('<p>미만성 거대 B세포 림프종 환자</p>')).toEqual(['ko']);
    expect(sniff('<p>при диффузной В-крупноклеточной лимфоме</p>')).toEqual(['ru']);
  });

  it('finds a language quoted on a page in another one', () => {
    const long = '<p>The therapy was approved for adults with relapsed lymphoma after two lines.</p>'.repeat(
      50,
    );
    expect(sniff(`${long}<blockquote>亦称“急性淋巴细胞白血病”</blockquote>${long}`)).toEqual(['zh', 'ja']);
    expect(
      sniff(`${long}<p>En España, el tratamiento está indicado para la leucemia linfoblástica aguda.</p>`),
    ).toEqual(['es']);
  });

  it('reads Latin languages by their function words, by letters only they write, and by lang', () => {
    expect(sniff('<p>Die Therapie ist in der EU für Patienten mit Lymphom zugelassen.</p>')).toEqual(['de']);
    expect(sniff('<p>Le traitement est indiqué dans le lymphome pour les adultes.</p>')).toEqual(['fr']);
    // Portuguese names list only what Portuguese does not share with Spanish: pt brings es.
    expect(sniff('<p>O tratamento foi aprovado para os pacientes com linfoma no Brasil.</p>')).toEqual([
      'es',
      'pt',
    ]);
    expect(sniff('<h2>Linfoma não Hodgkin</h2><h2>Leucemia crônica (ações)</h2>')).toEqual(['es', 'pt']);
    expect(sniff('<p>Kymriah</p>', '', 'es-MX')).toEqual(['es']);
    expect(sniff('<p>Kymriah <span lang="fr">lymphome</span></p>', '', 'en')).toEqual(['fr']);
    expect(sniff('<p>Kymriah</p>', '<meta http-equiv="Content-Language" content="de, en">')).toEqual(['de']);
    expect(sniff('<p>Kymriah</p>', '', 'uk')).toEqual(['ru']);
  });

  it('gives a mixed page every pack it shows signs of, in pack order', () => {
    expect(
      sniff(
        `<p lang="ko">한국</p><p>Die Therapie ist in der EU für Patienten mit Lymphom zugelassen.</p>
         <p>白血病</p><p>лейкоз</p>`,
      ),
    ).toEqual(['de', 'ru', 'zh', 'ja', 'ko']);
  });

  it('reads a long text node in runs, and a deep page without recursion', () => {
    const text = 'the patients were treated with the product and '.repeat(2000);
    expect(sniff(`<p>${text}лейкоз ${text}</p>`)).toEqual(['ru']);
    // A Spanish paragraph after a long English text node is a run of its own.
    expect(sniff(`<p>${text}</p><p>y los pacientes con leucemia fueron tratados en el hospital</p>`)).toEqual(
      ['es'],
    );
    expect(sniff(`${'<div>'.repeat(20000)}白血病${'</div>'.repeat(20000)}`)).toEqual(['zh', 'ja']);
  });
});

/** Every labeled page: fixtures, holdout, written real pages and the shared development excerpts. */
function corpusPages(): string[] {
  const dirs = [testPath('fixtures', 'pages'), testPath('holdout', 'pages')];
  const written = testPath('real', 'written');
  for (const set of readdirSync(written, { withFileTypes: true }))
    if (set.isDirectory()) dirs.push(join(written, set.name, 'pages'));
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => join(dir, f)),
  );
}

describe('the sniffed packs on real pages', () => {
  it('give the same report as every pack, page by page', () => {
    const all = indexDataset(bundledDataset, { languages: ALL_LANGUAGE_PACKS });
    const indexes = new Map<string, DatasetIndex>();
    const differ: string[] = [];
    const counts = new Map<string, number>();
    const pages = corpusPages();
    let english = 0;
    let englishBare = 0;
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const languages = packLanguagesOf(parseDocument(html));
      const key = languages.join(',');
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (/<html[^>]*\slang=["']?en\b/i.test(html)) {
        english++;
        if (languages.length === 0) englishBare++;
      }
      let index = indexes.get(key);
      if (!index) {
        index = indexDataset(bundledDataset, {
          languages: ALL_LANGUAGE_PACKS.filter((p) => languages.includes(p.language)),
        });
        indexes.set(key, index);
      }
      const opts = { url: file, now: FIXED_NOW };
      const sniffed = analyzePage(parseDocument(html), { ...opts, index });
      const full = analyzePage(parseDocument(html), { ...opts, index: all });
      if (JSON.stringify(sniffed) !== JSON.stringify(full)) differ.push(`${file} (${key || 'no pack'})`);
    }
    expect(differ).toEqual([]);
    // English pages get no pack: the saving is real on the pages the extension sees most. (Measured
    // on the pages that say they are English, so adding pages in other languages moves nothing.)
    expect(english).toBeGreaterThan(20);
    expect(englishBare / english).toBeGreaterThan(0.8);
    expect(counts.get('')).toBeGreaterThan(0);
  }, 300_000);
});
