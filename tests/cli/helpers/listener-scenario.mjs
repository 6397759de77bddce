// Listeners on linkedom nodes: bubbling, `once`, handleEvent objects, removal, a window listener.
// Run with linkedom as it is and with the analysis workers' lazy copy: both must see the same.
export function scenario(parseHTML) {
  const { document, window, Event } = parseHTML('<div id="outer"><p id="inner">x</p></div>');
  const outer = document.getElementById('outer');
  const inner = document.getElementById('inner');
  const seen = [];
  const onOuter = (e) => seen.push(`outer:${e.type}:${e.target.id}:${e.eventPhase}`);
  outer.addEventListener('ping', onOuter);
  inner.addEventListener('ping', (e) => seen.push(`inner:${e.eventPhase}`), { once: true });
  document.addEventListener('ping', { handleEvent: () => seen.push('document') });
  window.addEventListener('ping', () => seen.push('window'));
  inner.dispatchEvent(new Event('ping', { bubbles: true }));
  inner.dispatchEvent(new Event('ping', { bubbles: true }));
  inner.dispatchEvent(new Event('ping'));
  outer.removeEventListener('ping', onOuter);
  inner.dispatchEvent(new Event('ping', { bubbles: true }));
  document.dispatchEvent(new Event('ping', { bubbles: true }));
  seen.push(`instanceof:${inner instanceof window.EventTarget}`);
  return seen;
}
