// Pages too big or too odd to generate a thousand times: each is one example, checked in its own
// process (see run-extreme.ts) so a hang shows up as a failed test rather than a stuck suite.
import { generateClinicPage, seededRandom } from '../../bench/generate';
import type { Budget } from './invariants';

export interface ExtremeCase {
  html: () => string;
  budget?: Budget;
  /** The engine's budget must cut this page short and say so (partial: true, a note). */
  partial?: true;
  /** Slow enough to leave to `npm run fuzz` (FUZZ_RUNS ≥ 10,000) and the benchmark. */
  heavy?: true;
}

const CLAIM = '<p>Kymriah (tisagenlecleucel) achieved 83% complete remission in the ELIANA trial (n=63).</p>';

function nested(depth: number): string {
  return `<!DOCTYPE html><html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}${CLAIM}${'</div>'.repeat(depth)}</body></html>`;
}

/** ~100,000 elements: a long product table, the way a catalogue page grows. */
function manyNodes(count: number): string {
  const rows: string[] = [];
  // Each row is a tr, five td and one b: seven elements.
  for (let i = 0; i * 7 < count; i++) {
    rows.push(`<tr><td>Kymriah</td><td><b>${i % 100}%</b></td><td>CR</td><td>B-ALL</td><td>FDA</td></tr>`);
  }
  return `<!DOCTYPE html><html><head><title>Big table</title></head><body>${CLAIM}<table>${rows.join('')}</table></body></html>`;
}

/** One text node; `end` closes each clause: '. ' makes sentences, '; ' one endless run-on sentence. */
function hugeTextNode(
  chars: number,
  end: string,
  clause = 'Yescarta showed 72% ORR in ZUMA-1 and patients travel for care',
  lang = '',
): string {
  const unit = `${clause}${end}`;
  const html = lang ? `<html lang="${lang}">` : '<html>';
  return `<!DOCTYPE html>${html}<body><p>${unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars)}</p></body></html>`;
}

function hugeAttribute(chars: number): string {
  return `<!DOCTYPE html><html><body><div title="${'x'.repeat(chars)}" data-claim="${'83% '.repeat(chars / 4)}">${CLAIM}</div></body></html>`;
}

function binaryGarbage(bytes: number): string {
  const rand = seededRandom(7);
  const buf = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) buf[i] = Math.floor(rand() * 256);
  return `<html><body>${buf.toString('latin1')}${CLAIM}</body></html>`;
}

function manyShadowRoots(count: number): string {
  const hosts: string[] = [];
  for (let i = 0; i < count; i++) {
    hosts.push(
      `<div><template shadowrootmode="${i % 2 ? 'open' : 'closed'}"><p>Carvykti ${i % 100}% ORR</p><slot></slot></template><span>Carvykti</span></div>`,
    );
  }
  return `<!DOCTYPE html><html><body>${CLAIM}${hosts.join('')}</body></html>`;
}

export const EXTREME_CASES: Record<string, ExtremeCase> = {
  'nested 5,000 deep': { html: () => nested(5_000) },
  'nested 20,000 deep': { html: () => nested(20_000) },
  // Past the default element budget (lib/extract DEFAULT_MAX_ELEMENTS): must come back partial.
  '100,000 nodes': { html: () => manyNodes(100_000), partial: true },
  'one 1 MB text node of sentences': { html: () => hugeTextNode(1024 * 1024, '. ') },
  // Other languages go through Intl.Segmenter, whose time grows with the square of a string's length.
  'one 1 MB text node of Spanish sentences': {
    html: () =>
      hugeTextNode(1024 * 1024, '. ', 'Yescarta mostró una tasa de respuesta del 72% en ZUMA-1', 'es'),
  },
  'one 1 MB text node of Chinese sentences without spaces': {
    html: () => hugeTextNode(1024 * 1024, '。', '在关键性ZUMA-1研究中奕凯达的客观缓解率为82%', 'zh-CN'),
    heavy: true,
  },
  // Run-on text (no sentence ends) is common: Thai has no full stops, scraped text dumps lose them.
  'one 1 MB text node that is a single run-on sentence': { html: () => hugeTextNode(1024 * 1024, '; ') },
  '1 MB attribute values': { html: () => hugeAttribute(1024 * 1024) },
  '1 MB of binary garbage': { html: () => binaryGarbage(1024 * 1024) },
  '5,000 declarative shadow roots': { html: () => manyShadowRoots(5_000) },
  'generated 5 MB clinic page': { html: () => generateClinicPage(5 * 1024 * 1024, 3), heavy: true },
  'generated 1 MB page with a 20,000-character budget': {
    html: () => generateClinicPage(1024 * 1024, 4),
    budget: { maxChars: 20_000 },
    partial: true,
  },
};

/** The cases this run checks: heavy ones only in the long fuzz run. */
export function extremeCaseNames(fuzzRuns = Number(process.env.FUZZ_RUNS ?? 1000)): string[] {
  return Object.entries(EXTREME_CASES)
    .filter(([, c]) => !c.heavy || fuzzRuns >= 10_000)
    .map(([name]) => name);
}
