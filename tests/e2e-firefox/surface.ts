// What the Firefox tests do on any extension surface (the popup panel, the options and collection
// tabs): evaluate an expression there, wait for what a user would see, and find controls by role
// and accessible name with @testing-library/dom, loaded into that document, not by CSS classes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** One attempt timed out: the read may be repeated, an action is checked before it is repeated. */
export class ReadTimeout extends Error {}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** @testing-library/dom as one script that defines `TestingLibraryDom`. */
export const DOM_LIBRARY = readFileSync(
  createRequire(import.meta.url).resolve('@testing-library/dom/dist/@testing-library/dom.umd.min.js'),
  'utf8',
);

export type Name = string | RegExp;

function nameSource(name: Name): string {
  return typeof name === 'string'
    ? JSON.stringify(name)
    : `new RegExp(${JSON.stringify(name.source)}, ${JSON.stringify(name.flags)})`;
}

let nextAction = 0;

export abstract class Surface {
  /**
   * One evaluation of `expression` (`prelude`, a script, runs first); the JSON value, or
   * ReadTimeout after `timeoutMs` (the surface's own short limit when not given).
   */
  protected abstract attempt(expression: string, prelude?: string, timeoutMs?: number): Promise<unknown>;

  /** Evaluates an expression (it may return a promise) and returns its JSON value. */
  async evaluate<T>(expression: string, prelude?: string): Promise<T> {
    for (let tries = 1; ; tries++) {
      try {
        return (await this.attempt(expression, prelude)) as T;
      } catch (error) {
        // A read that got no answer is asked again; any other failure is the test's.
        if (!(error instanceof ReadTimeout) || tries >= 4) throw error;
      }
    }
  }

  /** Evaluates a long-running expression once, with its own time limit, never repeating it. */
  async evaluateSlow<T>(expression: string, timeoutMs: number): Promise<T> {
    return (await this.attempt(expression, '', timeoutMs)) as T;
  }

  /**
   * Runs a synchronous action (a click) exactly once: it records that it ran in the document, so
   * an attempt whose answer was lost is not repeated.
   */
  async act<T>(expression: string, prelude?: string): Promise<T> {
    const token = `a${process.pid}-${nextAction++}`;
    const once = `(() => { const done = (window.__therapylensE2eActions ??= {}); if (!(${JSON.stringify(token)} in done)) done[${JSON.stringify(token)}] = (${expression}); return done[${JSON.stringify(token)}]; })()`;
    return this.evaluate<T>(once, prelude);
  }

  /** Waits until the expression is truthy, polling; a timeout fails with what the surface shows. */
  async waitFor(expression: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < deadline) {
      try {
        if (await this.attempt(`Boolean(${expression})`)) return;
      } catch (error) {
        last = error;
      }
      await sleep(100);
    }
    const text = await this.text().catch(() => '(unreadable)');
    throw new Error(
      `timed out waiting for ${expression}${last ? ` (${String(last)})` : ''}; text: ${text.slice(0, 800)}`,
    );
  }

  /** The rendered text, as a user reads it. */
  text(): Promise<string> {
    return this.evaluate<string>('document.body ? document.body.innerText : ""');
  }

  /** Waits until the rendered text contains `text`. */
  waitForText(text: string, timeoutMs?: number): Promise<void> {
    return this.waitFor(
      `document.body && document.body.innerText.includes(${JSON.stringify(text)})`,
      timeoutMs,
    );
  }

  /**
   * An expression for the element with this role and accessible name: the only one (throws if not
   * exactly one), or with `nth` the nth of several.
   */
  protected byRole(role: string, name: Name | undefined, nth?: number): string {
    const options = name === undefined ? '{}' : `{ name: ${nameSource(name)} }`;
    const args = `document.body, ${JSON.stringify(role)}, ${options}`;
    return nth === undefined
      ? `window.__therapylensE2eDom.getByRole(${args})`
      : `window.__therapylensE2eDom.getAllByRole(${args})[${nth}]`;
  }

  /** Runs an expression over `el`, the element with this role (and accessible name, if given). */
  withRole<T>(role: string, name: Name | undefined, expression: string): Promise<T> {
    return this.evaluate<T>(`((el) => ${expression})(${this.byRole(role, name)})`, this.domLibrary());
  }

  /** Runs an expression over `els`, every element with this role (and accessible name, if given). */
  allWithRole<T>(role: string, name: Name | undefined, expression: string): Promise<T> {
    const options = name === undefined ? '{}' : `{ name: ${nameSource(name)} }`;
    const all = `window.__therapylensE2eDom.queryAllByRole(document.body, ${JSON.stringify(role)}, ${options})`;
    return this.evaluate<T>(`((els) => ${expression})(${all})`, this.domLibrary());
  }

  /** Clicks the control with this role and accessible name (the nth of several), as a user's click would. */
  click(role: string, name: Name, nth?: number): Promise<void> {
    return this.act<void>(`(${this.byRole(role, name, nth)}.click(), true)`, this.domLibrary());
  }

  /** The library, only where the document has not loaded it yet. */
  private domLibrary(): string {
    return `if (!window.__therapylensE2eDom) { ${DOM_LIBRARY}; window.__therapylensE2eDom = TestingLibraryDom; }`;
  }
}
