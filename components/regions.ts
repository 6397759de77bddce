// Where a product is approved, as short region chips (US · EU · CN …) from its active indications.
// Regulators the code does not know yet (a newer dataset) show as their own code, never vanish.
import type { Product } from '../lib/dataset/schema';

const REGION: Readonly<Record<string, string | null>> = {
  FDA: 'US',
  EMA: 'EU',
  MHRA: 'UK',
  NMPA: 'CN',
  PMDA: 'JP',
  CDSCO: 'IN',
  HSA: 'SG',
  HC: 'CA',
  TGA: 'AU',
  MFDS: 'KR',
  SWISSMEDIC: 'CH',
  ANVISA: 'BR',
  RU_MOH: 'RU',
  // "Another regulator" names no place a reader could act on.
  OTHER: null,
};

/** The order chips appear in: the order above, unknown codes after, alphabetically. */
const ORDER = Object.keys(REGION);

/** "US" for FDA; the code itself for a regulator this table does not list; null for OTHER. */
export function regionOf(regulator: string): string | null {
  return regulator in REGION ? (REGION[regulator] ?? null) : regulator;
}

export interface RegionChip {
  region: string;
  regulators: string[];
}

type Indications = Pick<Product, 'indications'>;

export function approvalRegions(product: Indications): RegionChip[] {
  const chips = new Map<string, RegionChip>();
  const active = product.indications.filter((i) => i.status === 'active');
  const regulators = [...new Set(active.map((i) => String(i.regulator)))].sort((a, b) => {
    const ia = ORDER.indexOf(a);
    const ib = ORDER.indexOf(b);
    return (ia < 0 ? ORDER.length : ia) - (ib < 0 ? ORDER.length : ib) || a.localeCompare(b);
  });
  for (const regulator of regulators) {
    const region = regionOf(regulator);
    if (region === null) continue;
    const chip = chips.get(region);
    if (chip) chip.regulators.push(regulator);
    else chips.set(region, { region, regulators: [regulator] });
  }
  return [...chips.values()];
}
