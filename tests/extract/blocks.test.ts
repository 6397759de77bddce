import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { DOMS, page } from './helpers';

describe.each(DOMS)('extract blocks (%s)', (_name, parse) => {
  const texts = (body: string): string[] => extract(parse(page(body))).blocks.map((b) => b.text);

  it('splits block elements, keeps inline elements together, and turns <br> into a space', () => {
    const { blocks } = extract(
      parse(
        page(
          '<div>Intro <b>bold</b> and <a href="#">link</a>.<p>Para <em>one</em><br>line two</p>tail</div><ul><li>first</li><li>second <span>item</span></li></ul>',
        ),
      ),
    );
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Intro bold and link.'],
      ['paragraph', 'Para one line two'],
      ['paragraph', 'tail'],
      ['list-item', 'first'],
      ['list-item', 'second item'],
    ]);
    expect(blocks.map((b) => b.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('reads a paragraph that starts with a bullet glyph as a list item', () => {
    const { blocks } = extract(
      parse(page('<p>• Diffuse large B-cell lymphoma</p><p>·Not a bullet</p><p>Plain</p>')),
    );
    expect(blocks.map((b) => b.kind)).toEqual(['list-item', 'paragraph', 'paragraph']);
  });

  it('collapses whitespace but keeps no-break spaces as they are on the page', () => {
    expect(texts('<p>  ORR \n\t 83%\u00a0in   ELIANA  </p><p>   </p>')).toEqual(['ORR 83%\u00a0in ELIANA']);
  });

  it('records heading levels and the stack of headings above each block', () => {
    const { blocks } = extract(
      parse(
        page(
          '<h1>Leukemia</h1><p>a</p><h2>Kymriah</h2><p>b</p><h3>Data</h3><p>c</p><h2>Yescarta</h2><p>d</p><div role="heading" aria-level="3">Aria heading</div><p>e</p>',
        ),
      ),
    );
    const byText = new Map(blocks.map((b) => [b.text, b]));
    expect(byText.get('Kymriah')).toMatchObject({ kind: 'heading', level: 2, headings: ['Leukemia'] });
    expect(byText.get('c')?.headings).toEqual(['Leukemia', 'Kymriah', 'Data']);
    expect(byText.get('d')?.headings).toEqual(['Leukemia', 'Yescarta']);
    expect(byText.get('Aria heading')).toMatchObject({ kind: 'heading', level: 3 });
    expect(byText.get('e')?.headings).toEqual(['Leukemia', 'Yescarta', 'Aria heading']);
  });

  it('marks captions, and keeps boxes inside list items as list items', () => {
    const { blocks } = extract(
      parse(
        page(
          '<figure><img src="x.png" alt="chart"><figcaption>Figure 1: ORR by product</figcaption></figure><ul><li><div class="stat"><span>&gt;80%</span><span>Response Rate</span></div><p>Detail text</p></li></ul>',
        ),
      ),
    );
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['caption', 'Figure 1: ORR by product'],
      ['list-item', '>80% Response Rate'],
      ['list-item', 'Detail text'],
    ]);
  });

  it('separates phrases in adjacent spans and superscripts from numbers, but not drop caps or formatting', () => {
    expect(texts('<p><span>&gt;80%</span><span>Response Rate: Kymriah in ALL</span></p>')).toEqual([
      '>80% Response Rate: Kymriah in ALL',
    ]);
    expect(texts('<p>n=63<sup>1</sup>; Kymriah<sup>\u00ae</sup>; CD<sub>19</sub></p>')).toEqual([
      'n=63 1; Kymriah\u00ae; CD 19',
    ]);
    expect(
      texts('<p><span class="dropcap">T</span>he <b>Kym</b>riah <i>CAR</i>-T <span>CAR</span>-T</p>'),
    ).toEqual(['The Kymriah CAR-T CAR-T']);
    expect(
      texts(
        '<ul><li><strong>Durable remissions documented</strong>Long-term follow-up</li><li><span>5+</span><span>Approved products</span></li></ul>',
      ),
    ).toEqual(['Durable remissions documented Long-term follow-up', '5+ Approved products']);
  });

  it('drops icon-font ligature words but keeps the text beside them', () => {
    expect(
      texts(
        '<h3><span class="material-icons">analytics</span>At a Glance</h3><ul><li><span class="material-icons">check_circle</span>Gene therapy for leukaemia</li><li><i class="material-symbols-outlined">arrow_forward</i>Next</li></ul><p><span class="icon-label">Approved in 2017</span></p>',
      ),
    ).toEqual(['At a Glance', 'Gene therapy for leukaemia', 'Next', 'Approved in 2017']);
  });

  it('drops scripts, styles, media, forms controls, navigation, footers, banners and hidden elements', () => {
    const body = [
      '<script>var claim = "100% cure";</script><style>p{}</style><noscript>Enable JS</noscript><template><p>tpl</p></template>',
      '<svg><text>svg text</text></svg><iframe>frame fallback</iframe><nav><a>Home</a></nav><div role="navigation">Menu</div>',
      '<ul class="main-menu"><li>About us</li></ul><div class="breadcrumbs">Home / Leukemia</div>',
      '<div id="cookie-banner">We use cookies</div><div class="gdpr-consent">Consent text</div><aside class="newsletter-signup">Subscribe</aside>',
      '<div hidden>hidden attr</div><div aria-hidden="true">aria hidden</div><div style="color:red; display: none">display none</div><div style="visibility:hidden">invisible</div>',
      '<form><label>Your email</label><input value="x"><select><option>Option text</option></select><textarea>typed</textarea><button>Submit now</button></form>',
      '<dialog>closed dialog</dialog><footer><p>Copyright 2025</p></footer><div role="contentinfo">contentinfo</div>',
      '<p>Visible claim: ORR 83%.</p>',
    ].join('');
    expect(texts(body)).toEqual(['Your email', 'Visible claim: ORR 83%.']);
  });

  it('drops the site header but keeps a header that holds the headline, and article headers', () => {
    expect(
      texts('<header><div class="logo">Clinic</div><p>Call us now</p></header><main><p>Body text</p></main>'),
    ).toEqual(['Body text']);
    expect(texts('<header class="hero"><h1>CAR-T cures 95% of patients</h1></header><p>Body</p>')).toEqual([
      'CAR-T cures 95% of patients',
      'Body',
    ]);
    expect(texts('<article><header><p class="byline">By Dr. A</p></header><p>Body</p></article>')).toEqual([
      'By Dr. A',
      'Body',
    ]);
  });

  it('keeps <main>, <article>, <section> and content asides; a cookie class on a page wrapper hides nothing', () => {
    const long = 'Long paragraph text. '.repeat(200);
    expect(
      texts(
        `<div class="cookie-consent-given"><section><p>${long}</p></section><aside class="key-numbers"><h2>Key numbers</h2><p>81% ORR</p></aside></div>`,
      ),
    ).toEqual([long.trim(), 'Key numbers', '81% ORR']);
  });

  it('ignores shadow roots and keeps light-DOM text', () => {
    const doc = parse(page('<div id="host">light text</div><p>after</p>'));
    const host = doc.getElementById('host');
    if (host && typeof host.attachShadow === 'function') {
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.appendChild(doc.createTextNode('shadow text'));
    }
    expect(extract(doc).blocks.map((b) => b.text)).toEqual(['light text', 'after']);
  });
});
