// fast-check arbitraries for hostile and random HTML: clinic-like pages with script payloads in
// product names, claims and table cells; random element trees with unbalanced tags, frames,
// templates and shadow roots; RTL, Thai, mojibake and binary garbage.
import fc from 'fast-check';

/** Each payload sets globalThis.__pwned or the title if it ever runs (e2e tests look for both). */
export const PAYLOADS = [
  '<img src=x onerror="globalThis.__pwned=1">',
  '<script>globalThis.__pwned=1</script>',
  '<a href="javascript:globalThis.__pwned=1">Kymriah</a>',
  '<svg onload="globalThis.__pwned=1"><script>document.title="pwned"</script></svg>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<body onload="globalThis.__pwned=1">',
  '<math><mtext><table><mglyph><style><img src=x onerror="globalThis.__pwned=1">',
  '<template shadowrootmode="open"><img src=x onerror="globalThis.__pwned=1"></template>',
  '<object data="javascript:globalThis.__pwned=1"></object>',
  '<details open ontoggle="globalThis.__pwned=1">',
  '"><img src=x onerror=globalThis.__pwned=1>',
  "'><script>document.title='pwned'</script>",
  '<noscript><p title="</noscript><img src=x onerror=globalThis.__pwned=1>"></noscript>',
  '<!--<img src="--><img src=x onerror=globalThis.__pwned=1//">',
  '<style>@import "javascript:globalThis.__pwned=1";</style>',
  '<meta http-equiv="refresh" content="0;url=javascript:globalThis.__pwned=1">',
  '<form action="javascript:globalThis.__pwned=1"><button>Kymriah</button></form>',
  '<textarea></textarea><img src=x onerror=globalThis.__pwned=1>',
  '<![CDATA[<script>globalThis.__pwned=1</script>]]>',
] as const;

export const PRODUCTS = [
  'Kymriah',
  'tisagenlecleucel',
  'Yescarta',
  'axi-cel',
  'Axicabtagene ciloleucel',
  'Carvykti',
  'cilta-cel',
  'Breyanzi',
  'Abecma',
  'Tecartus',
  'CTL019',
  'Inaticabtagene Autoleuce',
  'Fucaso',
  'Amtagvi',
  'Imlygic',
] as const;

/** Text real pages carry that trips naive code: RTL, Thai, mojibake, combining marks, zero-width. */
export const ODD_TEXT = [
  'العلاج بالخلايا التائية CAR-T حقق استجابة 83%',
  'טיפול CAR-T השיג הפוגה מלאה ב-80% מהמטופלים',
  '\u202eKymriah 83%\u202c remission',
  'การบำบัดด้วย CAR-T มีอัตราการตอบสนอง 90%',
  'โค25 years; โฅ4 prior lines โ€” response',
  'Ã¢â‚¬â€œ 83% complete remission Ã©',
  'Kym\u200briah\u00ad 8\u200d3%',
  'Z̴̧͇a̷l̶g̸o̵ CAR-T 9̷0̴%',
  '\ud83e\uddec CAR-T \ud83d\udc89 100% cure!!!',
  '\ud800 lone surrogate \udc00 83%',
  '\u0000\u0001\u0008\u000b\u001f control 72%',
  'ＫＹＭＲＩＡＨ　８３％',
  '83 % ORR (n = 63) ≤25 ≥4 ±5',
] as const;

const TAGS = [
  'div',
  'p',
  'span',
  'a',
  'b',
  'i',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'nav',
  'footer',
  'header',
  'article',
  'section',
  'aside',
  'main',
  'iframe',
  'frameset',
  'frame',
  'template',
  'noscript',
  'select',
  'option',
  'textarea',
  'svg',
  'math',
  'pre',
  'code',
  'sup',
  'sub',
  'br',
  'img',
  'details',
  'summary',
  'caption',
  'figure',
  'figcaption',
  'blockquote',
  'dl',
  'dt',
  'dd',
  'form',
  'button',
  'label',
  'input',
  'object',
  'embed',
  'video',
  'canvas',
  'slot',
  'x-custom',
  'font',
  'center',
] as const;

const ATTRS = [
  'class="content"',
  'class="sidebar nav"',
  'id="main"',
  'role="presentation"',
  'role="main"',
  'hidden',
  'aria-hidden="true"',
  'style="display:none"',
  'dir="rtl"',
  'lang="th"',
  'shadowrootmode="open"',
  'shadowrootmode="closed"',
  'onclick="globalThis.__pwned=1"',
  'href="javascript:globalThis.__pwned=1"',
  'data-therapylens="claim"',
  'contenteditable',
  'colspan="3"',
  'rowspan="0"',
  'title="<b>x</b>"',
] as const;

/** Figures as pages write them, and as they break parsers: huge, negative, exotic digits, ranges. */
export const figure = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 120 }).map(String) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => String(d)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '1e308',
      '99999999999999999999999',
      '-5',
      '0.000001',
      '83.5',
      '83,5',
      '١٠٠',
      '٨٣',
      '８３',
      '70–90',
      '70-90',
      '≥80',
      '>100',
      '~73',
      '73 ± 5',
      'NaN',
      'Infinity',
      '1/3',
      '½',
      '63/63',
      '0/0',
      '1,000,000',
      '.5',
      '5.',
      '083',
    ),
  },
);

export const sentence = fc
  .tuple(
    fc.constantFrom(...PRODUCTS),
    fc.constantFrom('achieved', 'showed', 'reported', 'is approved for', 'cures', 'up to'),
    figure,
    fc.constantFrom(
      '% complete remission',
      '% ORR',
      '% overall response rate',
      ' patients',
      '% cure rate',
      ' of 0 patients responded',
      '％ CR',
    ),
    fc.constantFrom(
      'in r/r B-ALL.',
      'in multiple myeloma (n=97).',
      'by the FDA in 2017.',
      'in China.',
      '',
      '(n=0).',
      '(n=99999999999).',
      'in ELIANA (n = 63) vs 20% with chemotherapy.',
      'by the FDA, EMA, NMPA and PMDA on 31 Feb 2017.',
    ),
  )
  .map(([p, verb, n, metric, tail]) => `${p} ${verb} ${n}${metric} ${tail}`);

export const binaryGarbage = fc
  .uint8Array({ maxLength: 600 })
  .map((bytes) => Buffer.from(bytes).toString(bytes.length % 2 ? 'latin1' : 'utf8'));

/** A piece of text: ordinary claims, odd scripts, random unicode, or garbage. */
export const text = fc.oneof(
  { weight: 4, arbitrary: sentence },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: binaryGarbage },
);

/** Text with a payload possibly spliced into it (inside a product name, before, after). */
export const taintedText = fc
  .tuple(text, fc.option(fc.constantFrom(...PAYLOADS), { freq: 2 }), fc.nat())
  .map(([t, payload, at]) => {
    if (payload === null) return t;
    const i = t.length === 0 ? 0 : at % (t.length + 1);
    return `${t.slice(0, i)}${payload}${t.slice(i)}`;
  });

/** A random element tree rendered as HTML, sometimes with closing tags left out or misplaced. */
export const elementTree: fc.Arbitrary<string> = fc.letrec<{ node: string; children: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    taintedText,
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.array(fc.constantFrom(...ATTRS), { maxLength: 2 }),
        tie('children'),
        fc.constantFrom('close', 'close', 'close', 'open', 'stray'),
      )
      .map(([tag, attrs, children, closing]) => {
        const open = `<${tag}${attrs.length ? ` ${attrs.join(' ')}` : ''}>`;
        if (closing === 'open') return `${open}${children}`;
        if (closing === 'stray') return `${open}${children}</${tag === 'div' ? 'p' : 'div'}></${tag}>`;
        return `${open}${children}</${tag}>`;
      }),
  ),
  children: fc.array(tie('node'), { maxLength: 4 }).map((nodes) => nodes.join('')),
})).node;

/** A small clinic page whose product names, claims and table cells may carry payloads. */
export const clinicPage = fc
  .record({
    title: taintedText,
    heading: taintedText,
    product: fc.constantFrom(...PRODUCTS),
    productPayload: fc.option(fc.constantFrom(...PAYLOADS)),
    claims: fc.array(taintedText, { minLength: 1, maxLength: 5 }),
    cells: fc.array(fc.tuple(taintedText, taintedText), { maxLength: 4 }),
    items: fc.array(taintedText, { maxLength: 4 }),
    link: fc.constantFrom(
      'javascript:globalThis.__pwned=1',
      'https://example.test/kymriah',
      'data:text/html,<script>x</script>',
      '',
    ),
  })
  .map((p) => {
    const name = p.productPayload
      ? `${p.product.slice(0, 3)}${p.productPayload}${p.product.slice(3)}`
      : p.product;
    return (
      `<!DOCTYPE html><html><head><title>${p.title}</title></head><body>` +
      `<nav><a href="/">Home</a> <a href="${p.link}">${name}</a></nav>` +
      `<main><article><h1>${p.heading}</h1>` +
      p.claims.map((c) => `<p>${name} ${c}</p>`).join('') +
      `<table><tr><th>Product</th><th>Response</th></tr>` +
      p.cells.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('') +
      `</table><ul>${p.items.map((i) => `<li>${i}</li>`).join('')}</ul></article></main>` +
      `<footer>Not medical advice. ${name}</footer></body></html>`
    );
  });

/** Whole documents of odd shapes: no body, frameset, only text, head only, doctype only. */
export const oddDocument = fc.oneof(
  elementTree.map((t) => `<html><head><title>x</title></head>${t}</html>`),
  elementTree.map((t) => `<frameset><frame src="a.html">${t}</frameset>`),
  elementTree,
  taintedText,
  fc.constantFrom(
    '',
    '<!DOCTYPE html>',
    '<html></html>',
    '<head></head>',
    '<body></body>',
    '<?xml version="1.0"?><x/>',
    '</html></body>',
  ),
  fc
    .tuple(taintedText, taintedText)
    .map(
      ([a, b]) =>
        `<html><head><title>${a}</title><template shadowrootmode="open"><p>${b}</p></template></head></html>`,
    ),
);
