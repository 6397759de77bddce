// Building explanation parts. `part` only takes keys en.ts has, with exactly the parameters its
// English template names, so a typo or a forgotten parameter fails the type check, not a reader.
import type { EXPLAIN_EN, ExplainKey } from './en';
import type { ExplanationJoin, ExplanationParam, ExplanationPart } from '../../explanation-types';

type Slots<S extends string> = S extends `${string}{{${infer P}}}${infer Rest}` ? P | Slots<Rest> : never;
type SlotsOf<K extends ExplainKey> = Slots<(typeof EXPLAIN_EN)[K]>;
export type ParamsOf<K extends ExplainKey> = Record<SlotsOf<K>, ExplanationParam>;

export function part<K extends ExplainKey>(
  key: K,
  ...params: [SlotsOf<K>] extends [never] ? [] : [ParamsOf<K>]
): ExplanationPart {
  return { key, params: (params[0] ?? {}) as Record<string, ExplanationParam> };
}

/** A dataset date, formatted by each language ("30 Aug 2017", "2017年8月30日"). */
export function date(iso: string): ExplanationParam {
  return { date: iso };
}

export function list(parts: ExplanationPart[], join: ExplanationJoin): ExplanationParam {
  return { parts, join };
}

/** One template as the parameter of another (a term, a clause). */
export function nest(p: ExplanationPart): ExplanationParam {
  return { parts: [p], join: 'items' };
}

/** An optional clause: the part when there is one, else an empty slot. */
export function optional(p: ExplanationPart | undefined): ExplanationParam {
  return { parts: p ? [p] : [], join: 'items' };
}

/** Data text as a list item (a name, a trial), quoted as is in every language. */
export function verbatim(text: string): ExplanationPart {
  return part('verbatim', { text });
}

/** A list of data texts: "Kymriah, Yescarta", "CD19 and CD22". */
export function textList(texts: readonly string[], join: ExplanationJoin): ExplanationParam {
  return list(texts.map(verbatim), join);
}
