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

export const Regulator = z.enum(['FDA', 'EMA', 'NMPA', 'PMDA', 'CDSCO', 'MHRA', 'HSA', 'HC', 'TGA', 'OTHER']);

export const Modality = z.enum([
  'car-t',
  'tcr-t',
  'til',
  'oncolytic-virus',
  'viral-vector-gene-therapy',
  'gene-edited-cell-therapy',
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
  followUp: z.optional(z.string()),
  kind: z.enum(['label', 'publication', 'press']),
  source: Source,
  confidence: z._default(Confidence, 'confirmed'),
  note: z.optional(z.string()),
});

export const Brand = z.object({
  name: z.string(),
  /** Regions the brand is used in; absent means everywhere the product is sold. */
  regions: z.optional(z.array(z.string())),
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
});

export const Dataset = z.object({
  meta: DatasetMeta,
  targets: z.array(Target),
  conditions: z.array(Condition),
  products: z.array(Product),
});

export type Source = z.output<typeof Source>;
export type Regulator = z.output<typeof Regulator>;
export type Target = z.output<typeof Target>;
export type Condition = z.output<typeof Condition>;
export type Indication = z.output<typeof Indication>;
export type Metric = z.output<typeof Metric>;
export type Figure = z.output<typeof Figure>;
export type Product = z.output<typeof Product>;
export type DatasetMeta = z.output<typeof DatasetMeta>;
export type Dataset = z.output<typeof Dataset>;
