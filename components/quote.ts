// Quotes as the reader should see them: the page's text with encoding damage repaired ("โค25" →
// "≤25", "â€™" → "’") by the engine's own repair, nothing else changed. The original stays one click away.
import { repairMojibake } from '../lib/normalize/mojibake';

/** The same bound the engine uses: twice-damaged text needs two passes, a third finds nothing real. */
const MAX_PASSES = 3;

export function repairedText(text: string): string {
  let out = text;
  for (let i = 0; i < MAX_PASSES; i++) {
    const repaired = repairMojibake(out);
    if (!repaired || repaired.text === out) break;
    out = repaired.text;
  }
  return out;
}
