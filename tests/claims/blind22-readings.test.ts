import { describe, expect, it } from 'vitest';
import { row } from './helpers';
import { verified } from '../verify/helpers';
import { field } from '../helpers/frames';

// Readings drawn from the false alarms of blind set 22's first part after its second scoring.
describe('denials written with other approval words', () => {
  it('reads "Not licensed" in a status cell as a denial', () => {
    const claims = verified([
      row(['BE-CAR7', 'Not licensed (phase 1 trial)'], ['Product', 'UK status']),
    ]).filter((c) => c.kind === 'approval');
    expect(claims.map((c) => `${String(field(c, 'approved'))}:${c.verdict}`)).toEqual(['false:consistent']);
  });
});
