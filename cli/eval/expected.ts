// The hand-labeled truth for one fixture page (tests/expected/<name>.json). Written by hand only:
// nothing in the repo copies engine output into these files.
import { z, prettifyError } from '../../lib/zod';
import { ClaimKind, Verdict } from '../../lib/schema';

export const ExpectedClaim = z.strictObject({
  kind: ClaimKind,
  productId: z.nullable(z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/))),
  /** Verbatim (whitespace-normalized) piece of the claim's sentence or table row. */
  quote: z.string().check(z.minLength(2)),
  verdict: Verdict,
  /** The facts.md figure or approval the verdict rests on. */
  why: z.string().check(z.minLength(10)),
  /**
   * Why the dataset cannot settle this true or false statement (a class it does not record
   * completely). The label stays the truth and eval counts a miss; the fixture test accepts
   * `unverified` here, never an accusation or a reassurance.
   */
  knownGap: z.optional(z.string().check(z.minLength(10))),
});

/**
 * A statement the engine reports that is not a claim of that kind about that product (a general
 * sentence, a heading, a use read as an approval). Labelled by a person so the fixture test can
 * require every reported claim to be labelled; eval counts them as reported non-claims.
 */
export const NotClaim = z.strictObject({
  kind: ClaimKind,
  productId: z.nullable(z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/))),
  quote: z.string().check(z.minLength(2)),
  why: z.string().check(z.minLength(10)),
});

export const ExpectedPage = z.strictObject({
  url: z.string().check(z.minLength(1)),
  description: z.string().check(z.minLength(10)),
  /** Language of the page text (ISO 639-1), for per-language scores; absent means English. */
  lang: z.optional(z.string().check(z.regex(/^[a-z]{2}$/))),
  /** Who wrote the labels and who reviewed them (tests/real/README.md). */
  labelledBy: z.optional(z.string()),
  reviewedBy: z.optional(z.string()),
  products: z.array(z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/))),
  /** HGNC symbols of the targets the page itself names. */
  targets: z.array(z.string().check(z.regex(/^[A-Z0-9-]+$/))),
  claims: z.array(ExpectedClaim),
  notClaims: z.optional(z.array(NotClaim)),
});

export type ExpectedClaim = z.output<typeof ExpectedClaim>;
export type ExpectedPage = z.output<typeof ExpectedPage>;
export type NotClaim = z.output<typeof NotClaim>;

export type ParseResult = { ok: true; value: ExpectedPage } | { ok: false; error: string };

/** Parses the JSON text and checks what the schema cannot: no duplicates, claims tied to listed products. */
export function parseExpected(jsonText: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText);
  } catch (err) {
    return { ok: false, error: `not JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  const parsed = ExpectedPage.safeParse(raw);
  if (!parsed.success) return { ok: false, error: prettifyError(parsed.error) };
  const problems = consistencyProblems(parsed.data);
  return problems.length > 0 ? { ok: false, error: problems.join('\n') } : { ok: true, value: parsed.data };
}

function consistencyProblems(page: ExpectedPage): string[] {
  const problems: string[] = [];
  for (const [field, ids] of [
    ['products', page.products],
    ['targets', page.targets],
  ] as const) {
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (dupes.length > 0) problems.push(`${field} lists ${dupes.join(', ')} more than once`);
  }
  page.claims.forEach((claim, i) => {
    const where = `claims[${i}] ("${claim.quote}")`;
    if (claim.productId !== null && !page.products.includes(claim.productId)) {
      problems.push(`${where}: productId ${claim.productId} is not in products`);
    }
    if (claim.kind === 'marketing' && claim.verdict !== 'unverified') {
      problems.push(`${where}: marketing claims are always unverified`);
    }
  });
  return problems;
}
