// The pages of all inputs, in input order, read ahead a little: up to `lookahead` inputs are open
// at once, each with one item requested ahead, so URLs download while earlier pages are analyzed,
// yet an archive is never read further than the next record.
import { readerFor } from './inputs';
import type { InputItem, ReadContext } from './inputs/types';

export interface StreamItem {
  /** The input as named on the command line. */
  input: string;
  item: InputItem;
}

interface Open {
  input: string;
  iterator: AsyncIterator<InputItem>;
  pending: Promise<IteratorResult<InputItem>>;
}

export async function* pageStream(
  inputs: readonly string[],
  ctx: ReadContext,
  lookahead: number,
  /** Called when every item of an input has been taken. */
  onInputDone: (input: string) => void = () => undefined,
): AsyncIterable<StreamItem> {
  let next = 0;
  const open: Open[] = [];
  const fill = () => {
    while (open.length < lookahead && next < inputs.length) {
      const input = inputs[next++]!;
      const reader = readerFor(input);
      if (!reader) {
        open.push(
          single(input, {
            kind: 'error',
            message: 'unsupported URL scheme (use http, https or a file path)',
          }),
        );
        continue;
      }
      // A one-page input outside this shard, or done by an earlier run, is never opened.
      if (reader.unit === 'input' && !ctx.wants(input)) {
        onInputDone(input);
        continue;
      }
      const iterator = guarded(reader.read(input, ctx))[Symbol.asyncIterator]();
      open.push({ input, iterator, pending: iterator.next() });
    }
  };
  fill();
  while (open.length > 0) {
    const head = open[0]!;
    const result = await head.pending;
    if (result.done) {
      open.shift();
      onInputDone(head.input);
      fill();
      continue;
    }
    head.pending = head.iterator.next();
    yield { input: head.input, item: result.value };
  }
}

/** Readers promise not to throw; should one still do, that input ends with one error line. */
async function* guarded(items: AsyncIterable<InputItem>): AsyncIterable<InputItem> {
  try {
    yield* items;
  } catch (err) {
    yield {
      kind: 'error',
      message: `could not be read (${err instanceof Error ? err.message : String(err)})`,
    };
  }
}

function single(input: string, item: InputItem): Open {
  async function* one(): AsyncIterator<InputItem> {
    yield item;
  }
  const iterator = one();
  return { input, iterator, pending: iterator.next() };
}
