import { disclaimerAsOf } from '../lib/disclaimer';
import { formatPartialDate } from './format';

export function Disclaimer({ asOf }: { asOf: string }) {
  return (
    <p className="disclaimer" role="note">
      {disclaimerAsOf(formatPartialDate(asOf))}
    </p>
  );
}
