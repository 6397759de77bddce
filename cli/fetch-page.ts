// Fetching a page a researcher named. The CLI is the only TherapyLens code that uses the network:
// one GET per URL, no cookies, a timeout covering connect + headers + body, a size cap, and an
// error that says which of those failed.
import { decodeHtml, megabytes, MAX_HTML_BYTES, type Loaded } from './load-html';

const USER_AGENT = 'TherapyLens-CLI/0.1 (research tool)';

export interface FetchOptions {
  timeoutMs: number;
  maxBytes?: number;
  /**
   * Milliseconds the process has spent blocked in synchronous work (analysis of other pages),
   * as a running total. That time is not charged to this request: while the event loop is
   * blocked, no response can be read, and a fast server must not "time out" behind a slow page.
   */
  blockedMs?: () => number;
}

export async function fetchHtml(
  url: string,
  { timeoutMs, maxBytes = MAX_HTML_BYTES, blockedMs = () => 0 }: FetchOptions,
): Promise<Loaded> {
  const controller = new AbortController();
  const started = performance.now();
  const blockedAtStart = blockedMs();
  let settled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (ms: number) => {
    timer = setTimeout(() => {
      // setImmediate runs after the poll phase, so a reply that arrived while the loop was
      // blocked is read before the deadline is judged.
      setImmediate(() => {
        if (settled) return;
        const spent = performance.now() - started - (blockedMs() - blockedAtStart);
        if (spent >= timeoutMs) controller.abort();
        else arm(timeoutMs - spent);
      });
    }, ms);
  };
  arm(timeoutMs);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      redirect: 'follow',
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return {
        ok: false,
        error: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      };
    }
    const contentType = response.headers.get('content-type') ?? '';
    const mime = contentType.split(';')[0]!.trim().toLowerCase();
    if (mime && !/^(text\/|application\/xhtml\+xml$)/.test(mime)) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, error: `not HTML (content-type ${mime})` };
    }
    const body = await readCapped(response, maxBytes);
    if (!body) return { ok: false, error: `page larger than ${megabytes(maxBytes)}` };
    const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
    return decodeHtml(body, charset);
  } catch (err) {
    if (controller.signal.aborted) return { ok: false, error: `timed out after ${timeoutMs} ms` };
    return { ok: false, error: networkError(err) };
  } finally {
    settled = true;
    clearTimeout(timer);
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Undici hides the reason in `cause`; turn the common ones into words. */
function networkError(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return 'unreachable (connection refused)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'unreachable (host not found)';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'unreachable (connection closed by the server)';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'unreachable (no route to host)';
    default:
      break;
  }
  if (cause?.code?.startsWith('ERR_TLS') || cause?.code?.includes('CERT')) return `TLS error (${cause.code})`;
  const detail = cause?.message ?? (err instanceof Error ? err.message : String(err));
  return `could not fetch (${detail})`;
}
