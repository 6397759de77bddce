// PageReport: the one contract between content script, popup, storage, export and CLI.
// Every receiver safeParses it (page context is hostile; stored data may be older than the code).
import { REPORT_VERSION } from './report-version';
import {
  EXPLANATION_JOINS,
  type ExplanationParam as ExplanationParamType,
  type ExplanationPart as ExplanationPartType,
} from './explanation-types';
import { z } from './zod';
import { CLAIM_FRAMES } from './claims/rules/frames';

export { REPORT_VERSION };

export const Verdict = z.enum(['consistent', 'differs', 'not-approved', 'unverified']);
export const ClaimKind = z.enum(['response', 'approval', 'indication', 'target', 'marketing']);
/** Where the text was found: Readability's main article, or outside it (tables, boxes, lists it dropped). */
export const Section = z.enum(['main', 'outside']);
/** How a claim was tied to a product. */
export const Attribution = z.enum(['sentence', 'table-row', 'section', 'page', 'none']);

/** A place in the analyzed text: block index, and offsets into that block's original text. */
export const Position = z.object({
  block: z.int().check(z.nonnegative()),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
});

export const Mention = z.object({
  /** The text exactly as it appears on the page (before normalization). */
  text: z.string(),
  position: Position,
  section: Section,
  /** How the name matched: "brand", "inn", "code", "fuzzy"… */
  via: z.string(),
});

export const ReportSource = z.object({
  url: z.string(),
  title: z.string(),
  asOf: z.string(),
});

/** A dataset entry a verdict was compared against. */
export const Reference = z.object({
  kind: z.enum(['indication', 'figure', 'product', 'condition']),
  /** Dataset id of the indication or figure (or product / condition). */
  id: z.string(),
  productId: z.nullable(z.string()),
  /** Plain words: "FDA label: ORR 72%, ZUMA-1, n=101". */
  label: z.string(),
  source: z.nullable(ReportSource),
  confidence: z.enum(['confirmed', 'unconfirmed']),
});

/**
 * One sentence or clause of a verdict's explanation: a template key (lib/verify/explain/en.ts) and
 * its parameters, which may nest further parts (terms, lists, optional clauses).
 */
export const ExplanationPart: z.ZodMiniType<ExplanationPartType> = z.object({
  key: z.string(),
  get params() {
    return z.record(z.string(), ExplanationParam);
  },
});

export const ExplanationParam: z.ZodMiniType<ExplanationParamType> = z.union([
  z.string(),
  z.number(),
  z.object({ date: z.string() }),
  z.object({
    get parts() {
      return z.array(ExplanationPart);
    },
    join: z.enum(EXPLANATION_JOINS),
  }),
]);

/** A claim's fields apart from its frame: `ruleId`, `kind` and `details` come from the rule's frame. */
const ClaimFields = z.object({
  /** Stable within one report: "c1", "c2"… in reading order. */
  id: z.string(),
  kind: ClaimKind,
  /** Rule file that detected it (lib/claims/rules/<ruleId>.ts); discriminates the frame. */
  ruleId: z.string(),
  productId: z.nullable(z.string()),
  attribution: Attribution,
  /** The sentence or table row, quoted from the page. */
  text: z.string(),
  /** The fragment the rule matched inside `text`. */
  matched: z.string(),
  position: Position,
  section: Section,
  /** The rule's frame: its structured reading of the claim (lib/claims/rules/<ruleId>.frame.ts). */
  details: z.object({}),
  verdict: Verdict,
  /** Plain language, naming what was compared: "matches the FDA label: 83% remission, ELIANA, n=63". */
  explanation: z.string(),
  /**
   * The same explanation as templates, for the interface to translate. Optional: reports saved or
   * exported before it existed have only `explanation`, which stays the fallback.
   */
  explanationParts: z.optional(z.array(ExplanationPart)),
  /** The main dataset entry compared against, with its source; null when unverified. */
  reference: z.nullable(Reference),
  /** Every entry consulted (label and publication figures both), the main one first. */
  compared: z.array(Reference),
});

type FrameSchema = (typeof CLAIM_FRAMES)[number];
/** The claim fields with one rule's frame in place (keys keep their order: reports stay the same). */
const withFrame = <F extends FrameSchema>(frame: F) => z.extend(ClaimFields, frame.shape);
type ClaimVariant<F = FrameSchema> = F extends FrameSchema ? ReturnType<typeof withFrame<F>> : never;

/** One claim: a member per rule, told apart by `ruleId` (lib/claims/rules/frames.ts). */
export const Claim = z.discriminatedUnion(
  'ruleId',
  // map() cannot keep the tuple's member types; each element is withFrame of one frame.
  CLAIM_FRAMES.map(withFrame) as unknown as [ClaimVariant, ...ClaimVariant[]],
);

export const ProductFinding = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['approved', 'investigational', 'withdrawn']),
  mentions: z.array(Mention),
});

export const TargetFinding = z.object({
  /** HGNC symbol from the dataset. */
  id: z.string(),
  label: z.string(),
  mentions: z.array(Mention),
});

export const ConditionFinding = z.object({
  id: z.string(),
  label: z.string(),
  mentions: z.array(Mention),
});

export const PageReport = z.object({
  version: z.literal(REPORT_VERSION),
  /** URL of the page, or the file path for CLI input. */
  source: z.string(),
  title: z.string(),
  /** ISO timestamp passed in by the caller (never read from the clock inside lib/). */
  analyzedAt: z.iso.datetime(),
  datasetVersion: z.string(),
  datasetAsOf: z.string(),
  wordCount: z.int().check(z.nonnegative()),
  /** True when a size or time budget stopped analysis early; `notes` says where. */
  partial: z.boolean(),
  /** True when Readability found no article and visible text was used instead. */
  fallbackText: z.boolean(),
  notes: z.array(z.string()),
  products: z.array(ProductFinding),
  targets: z.array(TargetFinding),
  conditions: z.array(ConditionFinding),
  regulators: z.array(z.string()),
  trials: z.array(z.string()),
  claims: z.array(Claim),
});

export type Verdict = z.output<typeof Verdict>;
export type ClaimKind = z.output<typeof ClaimKind>;
export type Section = z.output<typeof Section>;
export type Attribution = z.output<typeof Attribution>;
export type Position = z.output<typeof Position>;
export type Mention = z.output<typeof Mention>;
export type Reference = z.output<typeof Reference>;
export type Claim = z.output<typeof Claim>;
export type ExplanationPart = ExplanationPartType;
export type ExplanationParam = ExplanationParamType;
export type ProductFinding = z.output<typeof ProductFinding>;
export type TargetFinding = z.output<typeof TargetFinding>;
export type ConditionFinding = z.output<typeof ConditionFinding>;
export type PageReport = z.output<typeof PageReport>;
