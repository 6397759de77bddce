// The shape of a structured explanation, shared by the engine (which writes it), the PageReport
// schema (which validates it at every boundary) and the interface (which translates it). Plain
// types here so lib/verify does not depend on zod.

/** One template of lib/verify/explain/en.ts (by key, without the catalogs' `explain.` prefix), with its parameters. */
export interface ExplanationPart {
  key: string;
  params: Record<string, ExplanationParam>;
}

/**
 * A parameter: text quoted as is (names, conditions, label and page quotes), a number, a dataset
 * date ("2017-08-30", "2021-08" or "2003") that each language formats, or nested templates (a term,
 * a list, an optional clause: no parts is an empty slot) joined the way each language joins them.
 */
export type ExplanationParam = string | number | ExplanationDate | ExplanationNested;

export interface ExplanationDate {
  date: string;
}

export interface ExplanationNested {
  parts: ExplanationPart[];
  join: ExplanationJoin;
}

/**
 * How nested parts are joined: `sentences` (English "A. B."), `clauses` ("A; B"), `items` (a list
 * of like things, "A, B"; Chinese uses 、), `fields` (facts about one thing, "ORR 72%, ZUMA-1";
 * Chinese uses ，) and `and` ("A, B and C").
 */
export const EXPLANATION_JOINS = ['sentences', 'clauses', 'items', 'fields', 'and'] as const;
export type ExplanationJoin = (typeof EXPLANATION_JOINS)[number];
