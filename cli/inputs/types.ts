// The one interface every kind of CLI input implements (HTML file, URL, web archive, …). A reader
// turns one input named on the command line into a stream of pages; the runner does the rest
// (sharding, resume, the worker pool, output). Adding a kind of input is one file here and one
// line in ./index.ts.

/** Where an archived page came from; kept in the CLI's output line beside the report. */
export interface Capture {
  /** The archive as named on the command line. */
  archive: string;
  /** WARC-Record-ID of the response record. */
  recordId: string;
  /** WARC-Date: when the page was captured. */
  date: string;
}

/**
 * A page's markup as the reader has it. Decoding and parsing cost as much as a small page's
 * analysis, so readers hand over what they read (a path, raw bytes) and the worker thread that
 * analyzes the page reads and decodes it: the main thread stays free to feed every core.
 */
export type PageBody =
  /** Markup already decoded (a downloaded URL). */
  | { kind: 'text'; html: string }
  /** A saved HTML file: read and decoded in the worker (cli/load-html.ts loadHtmlFile). */
  | { kind: 'file'; path: string }
  /** An archived response body, content-decoded: its charset is found in the worker. */
  | { kind: 'bytes'; bytes: Uint8Array; charset?: string }
  /** A PDF file: read and rebuilt as a document in the worker (cli/inputs/pdf.ts loadPdfFile). */
  | { kind: 'pdf'; path: string };

export interface Page {
  /** PageReport.source: the file path or URL as given, or an archived page's target URI. */
  source: string;
  /**
   * Stable identity of this page across machines and runs: the input as given for one-page
   * inputs; archive + record id for archived pages. Used by --shard and --resume.
   */
  key: string;
  body: PageBody;
  /**
   * Where in the input the page is, for an error reading its body ("record 3 (https://…)"), as
   * when the reader itself reports it; absent for one-page inputs.
   */
  at?: string;
  capture?: Capture;
}

export type InputItem =
  | { kind: 'page'; page: Page }
  /** One line, without the "error: <input>: " prefix; the other pages of the input still count. */
  | { kind: 'error'; message: string }
  /** A part of the input that is not a page (an archive's request or image records): counted. */
  | { kind: 'skipped' };

export interface ReadContext {
  timeoutMs: number;
  /**
   * Whether this run wants the page with this key (its shard, not done before). Readers that yield
   * several pages ask before reading a page's body, so skipped records cost no decoding.
   */
  wants(key: string): boolean;
}

export interface InputReader {
  /** Short name for messages and the README ("html", "url", "warc"). */
  name: string;
  /** True when this reader handles the input (by URL scheme or file name). */
  accepts(input: string): boolean;
  /**
   * 'input': the whole input is one page whose key is the input itself, so --shard and --resume
   * decide before it is opened (a URL outside the shard is never fetched). 'record': the reader
   * yields many pages and asks ctx.wants for each.
   */
  unit: 'input' | 'record';
  /** The pages of one input, in order. Never throws: problems are 'error' items. */
  read(input: string, ctx: ReadContext): AsyncIterable<InputItem>;
}
