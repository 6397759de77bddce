// Regulators named in short texts the matcher does not see (table headers, row labels):
// "First FDA approval", "NMPA approval", "Prior lines required (US)".
import type { Regulator } from '../dataset/schema';

const IN_HEADER: ReadonlyArray<readonly [Regulator, RegExp]> = [
  ['FDA', /\b(?:FDA|U\.?S\.?A?|United States)\b/],
  ['EMA', /\b(?:EMA|EU|Europe(?:an)?|EC)\b/],
  ['NMPA', /\b(?:NMPA|CFDA|China|Chinese)\b/],
  ['PMDA', /\b(?:PMDA|MHLW|Japan(?:ese)?)\b/],
  ['CDSCO', /\b(?:CDSCO|DCGI|India(?:n)?)\b/],
  ['MHRA', /\b(?:MHRA|UK|U\.K\.)\b/],
];

export function regulatorIn(text: string | undefined): Regulator | undefined {
  if (!text) return undefined;
  return IN_HEADER.find(([, re]) => re.test(text))?.[0];
}
