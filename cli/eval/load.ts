// The CLI's own linkedom loader (tests have tests/helpers/dom.ts): saved HTML in, Document out,
// so lib/ runs unchanged in Node.
import { parseHTML } from 'linkedom';

export function loadDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
