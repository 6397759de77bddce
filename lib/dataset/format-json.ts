// Stable, review-friendly JSON for data/ files: two-space indent like JSON.stringify, but short
// arrays of scalars and small flat objects stay on one line, so a diff shows the fact that changed
// rather than a wall of brackets.
const INLINE_MAX = 100;

function isScalar(v: unknown): boolean {
  return v === null || typeof v !== 'object';
}

function inlineable(v: unknown): boolean {
  if (Array.isArray(v)) return v.every(isScalar);
  if (v !== null && typeof v === 'object') return Object.values(v).every(isScalar);
  return true;
}

function inline(v: unknown[] | Record<string, unknown>): string {
  if (Array.isArray(v)) return `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
  const entries = Object.entries(v).filter(([, x]) => x !== undefined);
  if (entries.length === 0) return '{}';
  return `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${JSON.stringify(x)}`).join(', ')} }`;
}

function format(v: unknown, indent: string): string {
  if (isScalar(v)) return JSON.stringify(v);
  if (inlineable(v)) {
    const oneLine = inline(v as unknown[] | Record<string, unknown>);
    if (indent.length + oneLine.length <= INLINE_MAX) return oneLine;
  }
  const inner = indent + '  ';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return '[\n' + v.map((x) => inner + format(x, inner)).join(',\n') + '\n' + indent + ']';
  }
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
  if (entries.length === 0) return '{}';
  return (
    '{\n' +
    entries.map(([k, x]) => inner + JSON.stringify(k) + ': ' + format(x, inner)).join(',\n') +
    '\n' +
    indent +
    '}'
  );
}

/** JSON text for a data file; parses back to exactly `value`. */
export function formatDataJson(value: unknown): string {
  return format(value, '') + '\n';
}
