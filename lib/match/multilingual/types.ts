// The shape of one language's names: condition names by dataset condition id, regulator names by
// regulator id (lib/match/regulators.ts). Each language file exports them as one LanguagePack; the
// caller chooses which packs an analysis reads (indexDataset(dataset, { languages })), and
// lib/match/multilingual.ts merges them.
import type { PackLanguage } from '../../normalize/packs';
import type { Regulator } from '../../dataset/schema';

export type ConditionNames = Readonly<Record<string, readonly string[]>>;
export type RegulatorNames = ReadonlyArray<readonly [string, readonly string[]]>;

/** One language's names: shipped to the browser as its own script, injected only when a page needs it. */
export interface LanguagePack {
  readonly language: PackLanguage;
  readonly conditions: ConditionNames;
  readonly regulators: RegulatorNames;
  /**
   * Condition names a page shortens once it has named the family (lib/match/elliptical.ts):
   * "folicular", "zone marginale", "套细胞".
   */
  readonly elliptical?: ConditionNames;
  /** Traditional-to-simplified "TS" character pairs a zh block is folded with (lib/normalize/han-fold.ts). */
  readonly hanFold?: string;
  /**
   * Regulatory steps that are not approvals, as this language writes them (regex sources, read by
   * lib/claims/decisions.ts): "承認申請" is a filing, "希少疾病用…に指定" a designation.
   */
  readonly steps?: Readonly<Partial<Record<StepKind, string>>>;
  /**
   * A label extended to a new use, as this language writes it (a regex source, read by
   * lib/claims/label-extension.ts): "Die Indikation wurde … erweitert", "适应症扩展".
   */
  readonly extension?: string;
  /**
   * A product that followed an approval the text just told (regex sources of the verb, read by
   * lib/claims/succession.ts, which adds the date the verb needs): `after` where the date follows
   * ("se sumó en mayo de 2024"), `before` where it comes first ("2022年2月28日跟進").
   */
  readonly followed?: FollowedNames;
  /**
   * "Since <date>" beside a use, as this language writes it (regex sources, read by
   * lib/claims/since-use.ts): its marker of "since" with the date ("с октября 2022 г.", "2023年12月から")
   * where it is not "seit", "depuis" or "desde", and its verbs of use ("puede usarse", "使える").
   */
  readonly since?: SinceNames;
  /**
   * A product the page does not name, as the subject of a sentence (a regex source, case-sensitive,
   * read by lib/claims/indefinite-subject.ts): "Ein weiteres Präparat …", "Другой препарат …".
   */
  readonly another?: string;
  /**
   * The product a heading refers back to without naming it (a regex source, case-insensitive, read by
   * lib/claims/this-product.ts): "Le médicament", "Где одобрен препарат", "本剤の承認".
   */
  readonly thisProduct?: string;
  /**
   * A step the product must still take (a regex source, case-insensitive, read by
   * lib/claims/rules/designation.ts): "deberá presentar", "改めて承認申請を行う必要があります".
   */
  readonly obligation?: string;
  /**
   * Countries and regions as this language writes them bare, in a table header or a line's key
   * (regex sources by regulator, read by lib/claims/regulator-words.ts): "União Europeia", "США".
   */
  readonly places?: Readonly<Partial<Record<Regulator, string>>>;
}

/** One language's verbs of following (LanguagePack.followed), by where the date stands. */
export interface FollowedNames {
  readonly after?: string;
  readonly before?: string;
  /** "It was X's turn", the product after the words, a date in the clause: "foi a vez do Carvykti". */
  readonly turn?: string;
}

/** One language's "since <date>" words (LanguagePack.since): `marker` matches "since" with its date, `use` a verb of use. */
export interface SinceNames {
  readonly marker?: string;
  readonly use?: string;
}

/** The regulatory steps of lib/claims/fields.frame.ts's DecisionKind. */
export type StepKind =
  'ind-clearance' | 'designation' | 'filing' | 'committee-opinion' | 'crl' | 'withdrawal' | 'reimbursement';
