// The shape of one language's names: condition names by dataset condition id, regulator names by
// regulator id (lib/match/regulators.ts). lib/match/multilingual.ts merges the languages.
export type ConditionNames = Readonly<Record<string, readonly string[]>>;
export type RegulatorNames = ReadonlyArray<readonly [string, readonly string[]]>;
