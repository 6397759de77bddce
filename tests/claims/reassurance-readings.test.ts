import { describe, expect, it } from 'vitest';
import { verified } from '../verify/helpers';
import { field } from '../helpers/frames';

// Readings drawn from the false reassurance left on spent sets (blind 16 and 19b): wrong statements
// the engine called consistent because it did not read the detail that was wrong.

describe('the kind of approval a page states', () => {
  const approval = (text: string): string[] =>
    verified(text)
      .filter((c) => c.kind === 'approval')
      .map((c) => `${String(field(c, 'approvalType') ?? '-')}:${c.verdict}`);

  it('reads "full marketing approval" and "条件や期限の付かない通常の承認" against a conditional record', () => {
    expect(
      approval(
        "Japan's health ministry granted Delytact (teserpaturev) full marketing approval in June 2021.",
      ),
    ).toEqual(['regular:differs']);
    expect(approval('デリタクトは2021年6月、条件や期限の付かない通常の承認を受けている。')).toEqual([
      'regular:differs',
    ]);
  });

  it('reads "条件及び期限付承認" as the conditional approval on record', () => {
    expect(approval('デリタクトは2021年6月に悪性神経膠腫を対象として条件及び期限付承認を受けた。')).toEqual([
      'conditional:consistent',
    ]);
  });
});
