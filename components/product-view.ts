// What a product card shows: the report's finding joined with the bundled dataset entry, with
// approvals limited to the regulators the user chose. Pure: dataset and settings come in.
import type { Dataset, Figure, Indication, Product, Regulator } from '../lib/dataset/schema';
import { conditionById, productById, targetById } from '../lib/dataset/index';
import type { PageReport, ProductFinding } from '../lib/schema';
import { approvalRegions, type RegionChip } from './regions';

/** The regulators the options page offers, in the order cards list them. */
export const SHOWN_REGULATORS: readonly Regulator[] = ['FDA', 'EMA', 'NMPA', 'PMDA', 'CDSCO', 'MHRA'];

export interface ApprovalView {
  indication: Indication;
  conditionName: string;
  /** Date of the approval that replaced this one, when it is superseded and the successor is known. */
  supersededBy: string | null;
}

export interface ProductView {
  finding: ProductFinding;
  /** Undefined when the report names a product this dataset does not know (an older report). */
  product: Product | undefined;
  brand: string;
  inn: string | null;
  targets: string[];
  approvals: ApprovalView[];
  /** Approvals left out because their regulator is switched off in the settings. */
  hiddenApprovals: number;
  figures: Figure[];
  /** Where it is approved now (active indications, every regulator, whatever the settings hide). */
  regions: RegionChip[];
}

function regulatorRank(regulator: Regulator): number {
  const i = SHOWN_REGULATORS.indexOf(regulator);
  return i < 0 ? SHOWN_REGULATORS.length : i;
}

export function regulatorVisible(regulator: Regulator, chosen: readonly Regulator[]): boolean {
  return chosen.length === 0 || chosen.includes(regulator);
}

function approvalViews(ds: Dataset, product: Product, chosen: readonly Regulator[]): ApprovalView[] {
  return product.indications
    .filter((ind) => regulatorVisible(ind.regulator, chosen))
    .sort((a, b) => regulatorRank(a.regulator) - regulatorRank(b.regulator) || a.date.localeCompare(b.date))
    .map((indication) => {
      const successor = product.indications.find((other) => other.supersedes === indication.id);
      return {
        indication,
        conditionName: conditionById(ds, indication.conditionId)?.name ?? indication.conditionId,
        supersededBy: indication.status === 'superseded' && successor ? successor.date : null,
      };
    });
}

export function productView(ds: Dataset, finding: ProductFinding, chosen: readonly Regulator[]): ProductView {
  const product = productById(ds, finding.id);
  if (!product) {
    return {
      finding,
      product,
      brand: finding.name,
      inn: null,
      targets: [],
      approvals: [],
      hiddenApprovals: 0,
      figures: [],
      regions: [],
    };
  }
  const approvals = approvalViews(ds, product, chosen);
  const brand = product.names.brands[0]?.name ?? finding.name;
  const inn =
    product.names.inn && product.names.inn.toLowerCase() !== brand.toLowerCase() ? product.names.inn : null;
  return {
    finding,
    product,
    brand,
    inn,
    targets: product.targets.map((id) => targetById(ds, id)?.label ?? id),
    approvals,
    hiddenApprovals: product.indications.length - approvals.length,
    figures: product.figures,
    regions: approvalRegions(product),
  };
}

export function productViews(ds: Dataset, report: PageReport, chosen: readonly Regulator[]): ProductView[] {
  return report.products.map((finding) => productView(ds, finding, chosen));
}
