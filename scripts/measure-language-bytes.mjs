#!/usr/bin/env node
// How many gzip bytes of the built content script are words of languages other than English (the
// question behind per-language injection, issue 14). A measurement, not part of the build: it
// removes from the bundle every regex alternative, string, array element and object property whose
// words are in another language, and every local-script name of the dataset, then gzips both.
// "Another language" is a word in a non-Latin script, a Latin word with letters outside ASCII, or an
// ASCII word of FOREIGN_ASCII below, and only when the engine's sources or data contain it (so
// Readability's and compromise's own strings are left alone). ASCII words missing from the list stay,
// so the result is a slight underestimate (stubbing lib/match/multilingual.ts by hand removes ~10%
// more than this finds in it).
// Usage: npm run build && node scripts/measure-language-bytes.mjs [path/to/analyze.js]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
// acorn is eslint's parser (through espree), so it is installed with the dev dependencies.
import * as acorn from 'acorn';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundlePath = process.argv[2] ?? join(root, '.output', 'chrome-mv3', 'content-scripts', 'analyze.js');
const bundle = readFileSync(bundlePath, 'utf8');

// Spanish, Portuguese, German, French and Italian words written in ASCII that the engine's patterns use.
const FOREIGN_ASCII = new Set(
  `leucemia leucemias linfoma linfomas lymphome lymphom melanom tumores akute akuter adultos recidivante
  uno una dos tres cuatro cinco seis siete ocho nueve diez ein eine einer zwei drei vier sechs sieben acht
  neun zehn une deux trois quatre um uma dois duas quatro tercio tercios cuarto cuartos drittel viertel
  mitad metade cada von der das und des dans aux que por para ese fue sido nicht kein noch nunca nao ainda
  jamais mehr mais etwa rund environ presque quase aproximadamente casi cerca alrededor menos hasta desde
  tras nach apres enero febrero marzo abril junio septiembre setiembre octubre noviembre diciembre meses
  januar februar juni juli oktober dezember janvier avril juin juillet septembre octobre novembre janeiro
  fevereiro maio junho julho setembro outubro dezembro agosto okt dez abr dic respuesta remisi tasa
  ensayos fase tratamiento terapia therapie cellulaire krebs aprob aprobad aprobaci aprov autoriz
  autorizad autorizaci autoris autorisation approuv homologu registrad registro zugelassen zulassung
  genehmigt genehmigung beschleunigte bedingte plena refus indicad indicaci indikation anwendungsgebiet
  erkrankung enfermedad maladie eficacia wirksamkeit ansprechen producto medicamento produkt arzneimittel
  produit produto blanco ziel zielantigen cible alvo fecha jahr ano todos todas ambos ambas abajo
  siguientes dirigen dirigid agencia agence kommission ministerio estados chine japon brasil brasilien
  kanada suiza schweiz suisse rusia russland russie corea coreia indien inde mexiko mexique argentinien
  spanien espagne alemania deutschland allemagne francia frankreich italia italien italie bzw evtl ggf
  inkl mio abb vgl sog bspw zzgl sres uds lic ene fev env mme mlle janv avr juil ecc pag mag sett ott dott
  sig aprox dra sra bijv blz dhr mevr mln mld gli giu`.split(/\s+/),
);
const NON_LATIN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}]/u;

// The engine's own text: a word is only removed when lib/ or data/ has it.
let engineText = '';
const engineWords = new Set();
function readSources(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) readSources(path);
    else if (/\.(ts|json)$/.test(name)) {
      const text = readFileSync(path, 'utf8');
      engineText += text;
      for (const w of text.match(/\p{L}+/gu) ?? []) engineWords.add(w.toLowerCase());
    }
  }
}
readSources(join(root, 'lib'));
readSources(join(root, 'data'));

function measure(kind, scope) {
  let inData = 0;
  const foreignWord = (w) => {
    if (NON_LATIN.test(w)) return kind !== 'latin' && engineText.includes(w);
    if (kind === 'script' || !engineWords.has(w.toLowerCase())) return false;
    return /[^\p{ASCII}]/u.test(w) || FOREIGN_ASCII.has(w.toLowerCase());
  };
  const foreignText = (t) => (t.match(/\p{L}+/gu) ?? []).some(foreignWord);
  // In the dataset only names count (a local or Chinese name), not label quotes or source titles.
  const foreign = (t) => (inData > 0 ? !/[A-Za-z]/.test(t) && foreignText(t) : foreignText(t));
  const inScope = () => scope === 'all' || (scope === 'data') === inData > 0;
  const edits = [];
  const edit = (start, end, text) => {
    if (inScope()) edits.push([start, end, text]);
  };

  /** A regex source as alternatives of items: raw text (escapes and classes marked) or groups. */
  function parse(s, i, depth) {
    const alts = [[]];
    let raw = '';
    const flush = () => {
      if (raw) alts[alts.length - 1].push({ raw });
      raw = '';
    };
    while (i < s.length) {
      const c = s[i];
      if (c === '\\') {
        let j = i + 2;
        if (/[pPu]/.test(s[i + 1]) && s[i + 2] === '{') j = s.indexOf('}', i) + 1;
        raw += `\uE000${s.slice(i, j)}\uE000`;
        i = j;
      } else if (c === '[') {
        let j = i + 1;
        if (s[j] === '^') j++;
        if (s[j] === ']') j++;
        while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? 2 : 1;
        raw += `\uE000${s.slice(i, j + 1)}\uE000`;
        i = j + 1;
      } else if (c === '(') {
        flush();
        const open = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_]\w*>)/.exec(s.slice(i))?.[0] ?? '(';
        const inner = parse(s, i + open.length, depth + 1);
        alts[alts.length - 1].push({ open, alts: inner.alts });
        i = inner.end + 1;
      } else if (c === ')' && depth > 0) {
        flush();
        return { alts, end: i };
      } else if (c === '|') {
        flush();
        alts.push([]);
        i++;
      } else {
        raw += c;
        i++;
      }
    }
    flush();
    return { alts, end: i };
  }
  /** The alternation without its foreign alternatives; null when none is left. */
  function render(alts) {
    const kept = [];
    for (const seq of alts) {
      let out = '';
      let dead = false;
      for (const item of seq) {
        if (item.raw !== undefined) {
          if (foreign(item.raw.replace(/\uE000[^\uE000]*\uE000/g, ' '))) dead = true;
          out += item.raw.replace(/\uE000/g, '');
        } else {
          const inner = render(item.alts);
          if (inner === null) dead = true;
          out += `${item.open}${inner})`;
        }
        if (dead) break;
      }
      if (!dead) kept.push(out);
    }
    return kept.length === 0 && alts.some((a) => a.length > 0) ? null : kept.join('|');
  }
  const pattern = (p) => render(parse(p, 0, 0).alts) ?? '';
  const cleanString = (v) => (v.includes('|') ? pattern(v) : foreign(v) ? '' : v);
  const stringOf = (n) =>
    n.type === 'Literal' && typeof n.value === 'string'
      ? n.value
      : n.type === 'TemplateLiteral' && n.expressions.length === 0
        ? n.quasis[0].value.cooked
        : null;
  const isLocalName = (o) =>
    o &&
    typeof o === 'object' &&
    'lang' in o &&
    Object.values(o).some((x) => typeof x === 'string' && foreign(x));
  function cleanJson(v) {
    if (typeof v === 'string') return cleanString(v);
    if (Array.isArray(v))
      return v.filter((e) => !(typeof e === 'string' && foreign(e)) && !isLocalName(e)).map(cleanJson);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v)
          .filter(([k]) => !foreign(k))
          .map(([k, x]) => [k, cleanJson(x)]),
      );
    return v;
  }
  const isDatasetArray = (n) =>
    n.elements.filter(
      (e) =>
        e?.type === 'ObjectExpression' &&
        e.properties.some((p) => ['names', 'indications', 'synonyms'].includes(p.key?.name ?? p.key?.value)),
    ).length >= 5;
  const cut = (n) => [n.start, bundle[n.end] === ',' ? n.end + 1 : n.end];

  function visit(node) {
    if (!node || typeof node.type !== 'string') return;
    const text = stringOf(node);
    if (text !== null && /^\[?\{"/.test(text)) {
      // The dataset's JSON.parse(`…`) strings.
      inData++;
      const parsed = JSON.parse(text);
      const after = JSON.stringify(cleanJson(parsed));
      if (after !== JSON.stringify(parsed)) edit(node.start, node.end, `\`${after}\``);
      inData--;
      return;
    }
    if (node.type === 'Literal' && node.regex) {
      const p = pattern(node.regex.pattern);
      if (p !== node.regex.pattern) edit(node.start, node.end, `/${p}/${node.regex.flags}`);
      return;
    }
    if (node.type === 'Literal' && typeof node.value === 'string') {
      const out = cleanString(node.value);
      if (out !== node.value) edit(node.start, node.end, JSON.stringify(out));
      return;
    }
    if (node.type === 'TemplateLiteral') {
      for (const q of node.quasis) {
        const out = q.value.raw.includes('|')
          ? pattern(q.value.raw)
          : foreign(q.value.raw)
            ? ''
            : q.value.raw;
        if (out !== q.value.raw) edit(q.start, q.end, out);
      }
      node.expressions.forEach(visit);
      return;
    }
    if (node.type === 'ArrayExpression') {
      const data = isDatasetArray(node);
      if (data) inData++;
      for (const el of node.elements) {
        if (!el) continue;
        const s = stringOf(el);
        const local =
          el.type === 'ObjectExpression' &&
          el.properties.some((p) => (p.key?.name ?? p.key?.value) === 'lang') &&
          el.properties.some((p) => p.value && stringOf(p.value) !== null && foreign(stringOf(p.value)));
        if ((s !== null && !s.includes('|') && foreign(s)) || local) edit(...cut(el), '');
        else visit(el);
      }
      if (data) inData--;
      return;
    }
    if (node.type === 'ObjectExpression') {
      for (const p of node.properties) {
        const key = p.type === 'Property' && !p.computed ? (p.key.name ?? p.key.value) : undefined;
        if (typeof key === 'string' && foreign(key)) edit(...cut(p), '');
        else visit(p);
      }
      return;
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === 'start' || k === 'end') continue;
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v.type === 'string') visit(v);
    }
  }
  visit(acorn.parse(bundle, { ecmaVersion: 'latest', sourceType: 'module' }));

  edits.sort((a, b) => b[0] - a[0]);
  let out = bundle;
  let last = Infinity;
  for (const [start, end, text] of edits) {
    if (end > last) continue;
    out = out.slice(0, start) + text + out.slice(end);
    last = start;
  }
  return gzip(bundle) - gzip(out);
}

function gzip(text) {
  return gzipSync(text, { level: 9 }).length;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`content script: ${kb(gzip(bundle))} gzip`);
console.log('gzip bytes of words in languages other than English:');
console.log('                          engine lists   dataset names   both');
for (const [kind, label] of [
  ['script', 'non-Latin scripts'],
  ['latin', 'es/pt/de/fr/it'],
  ['all', 'all'],
]) {
  const cells = ['engine', 'data', 'all'].map((scope) => kb(measure(kind, scope)).padStart(12));
  console.log(`  ${label.padEnd(22)}${cells.join('    ')}`);
}
