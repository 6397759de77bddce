// The reference dataset's schema: the single source of truth for what a product, an indication
// and a pivotal figure are. Types are inferred from it; data/ is parsed by it in tests and by the
// dataset CLI. Runtime code in the content script uses the inferred types only (no zod there),
// because every bundled file is validated before it ships.
import { z } from '../zod';

/** ISO date with the precision the source gives: "2017-08-30", "2021-08" or "2003". */
export const PartialDate = z
  .string()
  .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'));

export const Confidence = z.enum(['confirmed', 'unconfirmed']);

export const Source = z.object({
  url: z.url(),
  title: z.string().check(z.minLength(3)),
  /** Day the stored copy was read or the document is dated. */
  asOf: PartialDate,
  /** True when the source reports someone else's figure (trade press quoting the FDA). */
  secondary: z.optional(z.boolean()),
});

/**
 * Regulators whose decisions the dataset records. EMA stands for the EU decision (the European
 * Commission's, on the CHMP's opinion); PMDA for Japan's MHLW approval; HC Health Canada; MFDS Korea;
 * RU_MOH Russia's Ministry of Health / Roszdravnadzor registration. OTHER is everything else (Hong
 * Kong, Macau…), never tracked systematically.
 */
export const Regulator = z.enum([
  'FDA',
  'EMA',
  'NMPA',
  'PMDA',
  'CDSCO',
  'MHRA',
  'HSA',
  'HC',
  'TGA',
  'MFDS',
  'SWISSMEDIC',
  'ANVISA',
  'RU_MOH',
  'OTHER',
]);

/**
 * How much of one regulator's record for one product the data holds. `complete`: every decision
 * was checked, so a missing approval means "not approved"; `partial`: some decisions are recorded,
 * others may be missing. A regulator absent from the map means "no record", never "not approved".
 */
export const Coverage = z.enum(['complete', 'partial']);

export const Modality = z.enum([
  'car-t',
  'tcr-t',
  'til',
  'oncolytic-virus',
  'viral-vector-gene-therapy',
  'gene-edited-cell-therapy',
  /** Other genetically modified cells (suicide-gene donor T cells: Zalmoxis). */
  'gene-modified-cell-therapy',
  /** Cells that are not genetically modified (sipuleucel-T, EBV-specific T cells). */
  'cellular-immunotherapy',
]);

export const Target = z.object({
  /** HGNC symbol, e.g. "CD19", "TNFRSF17". */
  id: z.string().check(z.regex(/^[A-Z0-9-]+$/)),
  /** What pages call it: "BCMA", "CLDN18.2", "MAGE-A4". */
  label: z.string(),
  /** Further names pages use: "B-cell maturation antigen", "claudin 18.2". */
  aliases: z._default(z.array(z.string()), []),
  note: z.optional(z.string()),
});

export const Condition = z.object({
  /** Stable kebab-case id: "b-all", "lbcl", "dlbcl", "aml". */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  name: z.string(),
  /** Broader condition this one belongs to (dlbcl → lbcl → b-nhl). */
  parent: z.optional(z.string()),
  category: z.enum(['hematologic', 'solid', 'other']),
  /** Full-name synonyms, British and American spellings. */
  synonyms: z._default(z.array(z.string()), []),
  /** Case-sensitive abbreviations: "B-ALL", "DLBCL", "MM". */
  abbreviations: z._default(z.array(z.string()), []),
});

export const Population = z.object({
  group: z.enum(['adults', 'pediatric', 'pediatric-and-young-adults', 'all-ages']),
  minAge: z.optional(z.int().check(z.nonnegative())),
  maxAge: z.optional(z.int().check(z.positive())),
  /** Plain words: "patients up to 25 years of age". */
  text: z.string(),
});

export const LineOfTherapy = z.object({
  /** Minimum number of prior lines required (≥2 → 2); absent when the label sets none. */
  minPriorLines: z.optional(z.int().check(z.nonnegative())),
  /** Other conditions of use: "relapse within 12 months", "prior BTK inhibitor", "lenalidomide-refractory". */
  requirements: z._default(z.array(z.string()), []),
  text: z.string(),
});

export const Indication = z.object({
  /** "<product-id>--<regulator>--<condition>--<yyyy>", unique across the dataset. */
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  regulator: Regulator,
  conditionId: z.string(),
  /** Sub-types the label names explicitly (lbcl → dlbcl, pmbcl, hgbcl, tfl). */
  includesConditions: z._default(z.array(z.string()), []),
  population: Population,
  line: LineOfTherapy,
  date: PartialDate,
  approvalType: z.enum(['regular', 'accelerated', 'conditional', 'conditional-time-limited']),
  /**
   * The sources do not say which kind of approval this was (the note says so): `approvalType` is then
   * the usual kind, not a fact, and a page naming another kind is not contradicted by it.
   */
  approvalTypeOpen: z.optional(z.boolean()),
  status: z._default(z.enum(['active', 'superseded', 'withdrawn']), 'active'),
  /** Id of the indication this one replaces (a label widened from ≥4 to ≥2 prior lines). */
  supersedes: z.optional(z.string()),
  /** Short quote of the label or announcement wording. */
  labelQuote: z.string().check(z.minLength(10)),
  sources: z.array(Source).check(z.minLength(1)),
  confidence: z._default(Confidence, 'confirmed'),
  /** What is open or disputed (date conflicts, unconfirmed scope). */
  note: z.optional(z.string()),
});

export const Metric = z.enum([
  'ORR', // overall response rate (lymphoma, myeloma, solid tumours)
  'CR', // complete response / remission
  'CR/CRi', // overall remission in ALL (CR + CR with incomplete count recovery)
  'sCR', // stringent complete response (myeloma)
  'CR/sCR', // complete or stringent complete response (myeloma)
  '≥CR', // complete response or better (myeloma)
  'DRR', // durable response rate (Imlygic)
  'median PFS',
  'median EFS',
  'median OS',
  'median DoR',
  'HR', // hazard ratio
  'PFS rate', // landmark progression-free survival ("12-month PFS 76%"); timepoint says when
  'OS rate', // landmark overall survival
  'EFS rate', // landmark event-free survival
  'DoR rate', // still in response at the timepoint
  'MRD-negative', // minimal residual disease negativity rate
  'CRS any grade', // safety: cytokine release syndrome, any grade
  'CRS grade ≥3',
  'ICANS any grade', // safety: immune effector cell-associated neurotoxicity syndrome
  'ICANS grade ≥3',
  'NT any grade', // safety: neurologic toxicities as a label counts them (wider than ICANS)
  'NT grade ≥3',
]);

export const Figure = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  trial: z.string(),
  nct: z.optional(z.string().check(z.regex(/^NCT\d{8}$/))),
  /** Condition the figure was measured in. */
  conditionId: z.string(),
  metric: Metric,
  value: z.number(),
  unit: z.enum(['%', 'months', 'ratio']),
  ci: z.optional(z.tuple([z.number(), z.number()])),
  /** Patients the figure is computed over (evaluable / efficacy set). */
  n: z.optional(z.int().check(z.positive())),
  /** What n counts: "evaluable", "infused", "ITT". */
  nBasis: z.optional(z.string()),
  /** Comparator arm value for randomized trials (ZUMA-7 CR 65% vs 32%). */
  comparatorValue: z.optional(z.number()),
  /** For a hazard ratio: the survival measure it is of (ZUMA-7: EFS 0.40, OS 0.73). */
  endpoint: z.optional(z.enum(['PFS', 'EFS', 'OS'])),
  followUp: z.optional(z.string()),
  /** When a landmark or time-bound figure is read: "12 months", "within 3 months". */
  timepoint: z.optional(z.string()),
  kind: z.enum(['label', 'publication', 'press']),
  source: Source,
  confidence: z._default(Confidence, 'confirmed'),
  note: z.optional(z.string()),
});

export const EventKind = z.enum([
  'approval',
  'indication-added',
  'indication-widened',
  'limitation-removed',
  'boxed-warning-added',
  'rems-removed',
  'converted-to-regular',
  'label-update',
  'withdrawal',
  'refusal',
  'crl',
]);

/**
 * One dated change to a regulator's record of a product: the label history a page of its time was
 * written against. Events that create, widen, convert or withdraw an approval name the indication
 * (`indicationId`) they produce or change, so the current label can be replayed from them.
 */
export const LabelEvent = z.object({
  /** "<product-id>--<regulator>--<kind>--<yyyy>", a suffix when two would share one. */
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  date: PartialDate,
  regulator: Regulator,
  kind: EventKind,
  indicationId: z.optional(z.string()),
  /** What changed, in plain words. */
  text: z.string().check(z.minLength(10)),
  sources: z.array(Source).check(z.minLength(1)),
  confidence: z._default(Confidence, 'confirmed'),
  note: z.optional(z.string()),
});

export const DesignationKind = z.enum([
  'breakthrough',
  'orphan',
  'rmat',
  'prime',
  'fast-track',
  'priority-review',
  'nmpa-breakthrough',
  /** Japan's SAKIGAKE (pioneering) designation of the MHLW: not a breakthrough designation, its own scheme. */
  'sakigake',
  'ind-clearance',
  'bla-accepted',
  'action-date',
  'chmp-opinion',
]);

/**
 * A designation, filing or milestone on the way to a decision. Never an approval: pages that call a
 * breakthrough designation or an accepted filing "approved" are wrong, and the engine must not count these.
 */
export const Designation = z.object({
  /** "<product-id>--<regulator>--<kind>--<yyyy>", a suffix when two would share one. */
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  regulator: Regulator,
  kind: DesignationKind,
  date: z.optional(PartialDate),
  conditionId: z.optional(z.string()),
  text: z.string().check(z.minLength(10)),
  sources: z.array(Source).check(z.minLength(1)),
  confidence: z._default(Confidence, 'confirmed'),
  note: z.optional(z.string()),
});

/**
 * A ranking a source states for the product ("the first oncolytic virus approved for a primary brain
 * tumour"): positive evidence for a page's "first" whose limit the dataset cannot otherwise settle,
 * because the class is not recorded completely (oncolytic viruses, gene therapies) or the limit is
 * no field of its records ("without a REMS").
 */
export const RecordedFirst = z.object({
  /** The class, in the English words a rank claim names it: "CAR-T", "oncolytic virus", "gene therapy". */
  class: z.string(),
  /** Words (a regular expression source, any language) naming the ranking's limit on a page. */
  limit: z.string(),
  /** The disease the ranking is within, when it is one: a page naming that disease (or a sub-type) states the limit. */
  conditionId: z.optional(z.string()),
  /** The regulator the ranking is within; absent: worldwide. */
  regulator: z.optional(Regulator),
  /** The ranking, as its source states it. */
  text: z.string(),
  sources: z.array(Source).check(z.minLength(1)),
});

export const Brand = z.object({
  name: z.string(),
  /** Regions the brand is used in; absent means everywhere the product is sold. */
  regions: z.optional(z.array(z.string())),
});

export const LocalName = z.object({
  name: z.string().check(z.minLength(2)),
  /** BCP 47 language: "ja", "ko", "ru", "zh". */
  lang: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/)),
});

export const Names = z.object({
  brands: z._default(z.array(Brand), []),
  /** International non-proprietary name, lower case: "tisagenlecleucel". */
  inn: z.optional(z.string()),
  /** Short forms: "tisa-cel". */
  abbreviations: z._default(z.array(z.string()), []),
  /** Development codes: "CTL019", "KTE-C19". */
  codes: z._default(z.array(z.string()), []),
  /** Chinese brand or generic names where a source gives them. */
  chinese: z._default(z.array(z.string()), []),
  /** Any other spelling seen on pages (e.g. "Yikaida"). */
  other: z._default(z.array(z.string()), []),
  /** Brand names and INNs in other scripts (katakana, hangul, Cyrillic, Chinese), each with its language. */
  localNames: z._default(z.array(LocalName), []),
  /** Names the product had before (an INN that was replaced); still matched on older pages. */
  formerNames: z._default(z.array(z.string()), []),
});

export const Product = z.object({
  /** INN in kebab-case, or a code for products with no INN ("be-car7"). Public: CLI and exports use it. */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  status: z.enum(['approved', 'investigational', 'withdrawn']),
  names: Names,
  manufacturer: z.string(),
  modality: Modality,
  autologous: z.optional(z.boolean()),
  geneModified: z.boolean(),
  /** HGNC ids from targets.json. Oncolytic viruses and vectors may have none. */
  targets: z._default(z.array(z.string()), []),
  /** Transgene or payload for gene therapies and oncolytic viruses ("GM-CSF", "p53"). */
  payload: z.optional(z.string()),
  summary: z.string(),
  indications: z._default(z.array(Indication), []),
  /** Per regulator: whether every decision is recorded (see Coverage). */
  regulatorCoverage: z._default(z.partialRecord(Regulator, Coverage), {}),
  /**
   * Regulators a source shows have approved the product whose decision is not recorded (its date was
   * not retrieved): an exception to `completeApprovalLists`, so the absence of a record is no denial.
   */
  approvedUnrecorded: z.optional(z.array(Regulator)),
  /** Rankings its sources state ("the first gene therapy for bladder cancer"). */
  firsts: z.optional(z.array(RecordedFirst)),
  /** Dated label history, oldest first. */
  events: z._default(z.array(LabelEvent), []),
  designations: z._default(z.array(Designation), []),
  /** Current US boxed-warning items, each sourced through a boxed-warning-added or label-update event. */
  boxedWarning: z._default(z.array(z.string()), []),
  figures: z._default(z.array(Figure), []),
  /** Status sources for investigational products, and general product sources. */
  sources: z._default(z.array(Source), []),
  notes: z._default(z.array(z.string()), []),
});

export const DatasetMeta = z.object({
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
  asOf: PartialDate,
  description: z.string(),
  /**
   * Kinds of product the dataset records completely, anywhere in the world, up to `asOf`: only for
   * these can "the first CAR-T approved anywhere" be confirmed by the absence of an earlier one.
   */
  completeClasses: z._default(z.array(Modality), []),
  /** What the completeness above leaves open. */
  completenessNote: z.optional(z.string()),
  /**
   * Regulators whose approvals of products in scope are all in the dataset (each product they ever
   * approved has at least its first approval recorded), so a product with no record from them was
   * never approved by them. Whether every later decision (new indications) is recorded is the
   * product's own `regulatorCoverage`.
   */
  completeApprovalLists: z._default(z.array(Regulator), []),
});

export const Dataset = z.object({
  meta: DatasetMeta,
  targets: z.array(Target),
  conditions: z.array(Condition),
  products: z.array(Product),
});

export type Source = z.output<typeof Source>;
export type RecordedFirst = z.output<typeof RecordedFirst>;
export type Regulator = z.output<typeof Regulator>;
export type Target = z.output<typeof Target>;
export type Condition = z.output<typeof Condition>;
export type Indication = z.output<typeof Indication>;
export type Coverage = z.output<typeof Coverage>;
export type LabelEvent = z.output<typeof LabelEvent>;
export type EventKind = z.output<typeof EventKind>;
export type Designation = z.output<typeof Designation>;
export type DesignationKind = z.output<typeof DesignationKind>;
export type LocalName = z.output<typeof LocalName>;
export type Metric = z.output<typeof Metric>;
export type Figure = z.output<typeof Figure>;
export type Product = z.output<typeof Product>;
export type DatasetMeta = z.output<typeof DatasetMeta>;
export type Dataset = z.output<typeof Dataset>;
