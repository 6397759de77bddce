// What the analysis workers' changed modules do (cli/pool/dom-hooks.mjs): style declarations, a
// document's window and Readability. Run with the packages as they are and with the hook: both
// must see the same.
export function styleWindowScenario(parseHTML, Readability) {
  const seen = [];
  const { document, window } = parseHTML(
    '<html><head><title>T</title></head><body><p id="a" style="color: red; display:none">x</p><p id="b">y</p></body></html>',
  );
  const a = document.getElementById('a');
  const b = document.getElementById('b');
  seen.push(`display:${a.style.display}`, `color:${a.style.color}`, `length:${a.style.length}`);
  seen.push(`cssText:${a.style.cssText}`, `iterate:${[...a.style].join(',')}`);
  a.style.color = 'blue';
  a.style.setProperty('font-weight', 'bold');
  seen.push(`attr:${a.getAttribute('style')}`, `get:${a.style.getPropertyValue('color')}`);
  a.setAttribute('style', 'margin: 0');
  seen.push(`after-attr:${a.style.cssText}:${a.style.margin}:${a.style.color}`);
  b.style.visibility = 'hidden';
  seen.push(`b:${b.getAttribute('style')}`, `same-style:${b.style === b.style}`);
  a.style.cssText = 'top: 1px';
  seen.push(`cssText-set:${a.getAttribute('style')}`);
  seen.push(`window:${document.defaultView === window}`, `window.window:${window.window === window}`);
  seen.push(`baseURI:${document.baseURI}`);
  window.marker = 7;
  seen.push(`marker:${globalThis.marker}`);
  delete globalThis.marker;
  const article = new Readability(
    parseHTML(
      `<html><head><title>Kymriah</title></head><body><article><h1>Kymriah</h1>${'<p>Kymriah is a CAR-T therapy, approved in 2017 for children and young adults with leukemia, and later for lymphoma.</p>'.repeat(6)}</article><aside style="display:none">hidden</aside></body></html>`,
    ).document,
    { charThreshold: 100 },
  ).parse();
  seen.push(`readability:${article?.title}:${article?.textContent.length}:${article?.content.length}`);
  seen.push(`readability.length:${Readability.length}`);
  return seen;
}
