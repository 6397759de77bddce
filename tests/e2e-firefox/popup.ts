// The toolbar button and the popup panel it opens, in real Firefox. The popup is a <browser> in the
// browser window (not a tab BiDi can see), so the tests reach its document with a one-shot frame
// script per read, answered over the browser's message manager, with a short time limit: a read can
// get no answer (the first manual trial saw one in eight hang; with one fresh frame script per read, 1
// of 222 in a full run), and is then asked again.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ACTION, type FirefoxWithExtension } from './firefox';
import { ReadTimeout, Surface } from './surface';
import { ARTIFACTS_DIR } from '../e2e/harness';

/** How long one read of the popup may take before it is asked again. */
const READ_MS = 2_000;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Chrome-scope code that finds this popup's <browser> (by its browsing context), or throws. */
const popupBrowser = (id: number) => `
  const popup = [...window.document.querySelectorAll('browser.webextension-popup-browser')].find(
    (b) => b.browsingContext && b.browsingContext.id === ${id},
  );
  if (!popup) throw new Error('the popup is closed');
`;

/**
 * The frame script: evaluates `prelude` then `expression` in a sandbox over the popup's own window
 * (its principal, its globals, no wrappers, no page CSP), and sends back the JSON value or error.
 */
function frameScript(name: string, expression: string, prelude: string, privileged: boolean): string {
  const result =
    `Promise.resolve().then(async () => (${expression}))` +
    '.then((v) => JSON.stringify({ value: v === undefined ? null : v }), (e) => JSON.stringify({ error: String((e && e.message) || e) }))';
  // Privileged programs (trusted input events) are part of the frame script itself instead.
  const run = privileged
    ? `(() => { ${prelude}\n; return ${result}; })()`
    : `Components.utils.evalInSandbox(${JSON.stringify(`${prelude}\n;${result}`)}, Components.utils.Sandbox(content, { sandboxPrototype: content, wantXrays: false }))`;
  return `(() => {
    const reply = (text) => sendAsyncMessage(${JSON.stringify(name)}, text);
    try {
      ${run}.then(reply, (e) => reply(JSON.stringify({ error: String(e) })));
    } catch (e) {
      reply(JSON.stringify({ error: 'frame script: ' + e }));
    }
  })()`;
}

let nextRead = 0;

/** Reads of popups in this test file, and how many got no answer in time (printed at the end). */
export const popupReads = { reads: 0, unanswered: 0 };

export class Popup extends Surface {
  constructor(
    private readonly ff: FirefoxWithExtension,
    /** The popup's BrowsingContext id: stable while the panel moves its <browser>. */
    readonly contextId: number,
  ) {
    super();
  }

  protected attempt(expression: string, prelude = '', timeoutMs = READ_MS): Promise<unknown> {
    return this.send(expression, prelude, timeoutMs, false);
  }

  private async send(
    expression: string,
    prelude: string,
    timeoutMs: number,
    privileged: boolean,
  ): Promise<unknown> {
    const name = `therapylens-e2e:${process.pid}:${nextRead++}`;
    const script = `data:,${encodeURIComponent(frameScript(name, expression, prelude, privileged))}`;
    const reply = await this.ff.chrome<string | null>(`
      ${popupBrowser(this.contextId)}
      const mm = popup.messageManager;
      return await new Promise((resolve) => {
        const listener = (message) => { clearTimeout(timer); mm.removeMessageListener(${JSON.stringify(name)}, listener); resolve(message.data); };
        const timer = setTimeout(() => { mm.removeMessageListener(${JSON.stringify(name)}, listener); resolve(null); }, ${timeoutMs});
        mm.addMessageListener(${JSON.stringify(name)}, listener);
        mm.loadFrameScript(${JSON.stringify(script)}, false);
      });
    `);
    popupReads.reads++;
    if (reply === null) {
      popupReads.unanswered++;
      throw new ReadTimeout(`no answer from the popup within ${timeoutMs} ms`);
    }
    const out = JSON.parse(reply) as { value?: unknown; error?: string };
    if (out.error !== undefined) throw new Error(out.error);
    return out.value;
  }

  /**
   * Presses a key with trusted input events (as the keyboard does: Tab moves focus, Enter activates),
   * through Gecko's TextInputProcessor. Sent once, never repeated.
   */
  async press(key: 'Tab' | 'Enter', shift = false): Promise<void> {
    const keyCode = key === 'Tab' ? 9 : 13;
    await this.send(
      `(() => {
        const tip = Components.classes['@mozilla.org/text-input-processor;1'].createInstance(Components.interfaces.nsITextInputProcessor);
        if (!tip.beginInputTransactionForTests(content)) throw new Error('no input transaction');
        const shiftKey = new content.KeyboardEvent('', { key: 'Shift', code: 'ShiftLeft', keyCode: 16 });
        const event = new content.KeyboardEvent('', { key: '${key}', code: '${key}', keyCode: ${keyCode} });
        if (${shift}) tip.keydown(shiftKey);
        tip.keydown(event);
        tip.keyup(event);
        if (${shift}) tip.keyup(shiftKey);
        return true;
      })()`,
      '',
      5_000,
      true,
    );
  }

  /** The panel's size on screen, CSS pixels. */
  size(): Promise<{ width: number; height: number }> {
    return this.ff.chrome(`${popupBrowser(this.contextId)}
      const r = popup.getBoundingClientRect();
      return { width: Math.round(r.width), height: Math.round(r.height) };`);
  }

  /** Saves a PNG of the popup panel as drawn (test-results/<name>.png) and returns the path. */
  async screenshot(name: string): Promise<string> {
    await this.evaluate(
      'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))',
    );
    const url = await this.ff.chrome<string>(`${popupBrowser(this.contextId)}
      const bitmap = await popup.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'rgb(255, 0, 255)');
      const canvas = window.document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.getContext('2d').drawImage(bitmap, 0, 0);
      return canvas.toDataURL('image/png');`);
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const path = join(ARTIFACTS_DIR, `${name}.png`);
    writeFileSync(path, Buffer.from(url.replace(/^data:image\/png;base64,/, ''), 'base64'));
    return path;
  }
}

/** What the toolbar button shows a user: where it sits and its tooltip. */
export interface ToolbarButton {
  area: string | null;
  inToolbar: boolean;
  tooltip: string | null;
}

export function toolbarButton(ff: FirefoxWithExtension): Promise<ToolbarButton> {
  return ff.chrome<ToolbarButton>(`${ACTION}
    const node = window.document.getElementById(action.id);
    const placement = window.CustomizableUI.getPlacementOfWidget(action.id);
    return {
      area: placement ? placement.area : null,
      inToolbar: !!node && !!node.closest('#nav-bar'),
      tooltip: node ? node.getAttribute('tooltiptext') : null,
    };`);
}

/** Closes any open popup panel (as Escape or a click elsewhere does) and waits until it is gone. */
export async function closePopups(ff: FirefoxWithExtension): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const open = await ff.chrome<number>(`
      const browsers = [...window.document.querySelectorAll('browser.webextension-popup-browser')];
      for (const b of browsers) b.closest('panel')?.hidePopup();
      return browsers.length;`);
    if (open === 0) return;
    await sleep(100);
  }
  throw new Error('the popup did not close');
}

const popupIds = (ff: FirefoxWithExtension) =>
  ff.chrome<number[]>(
    `return [...window.document.querySelectorAll('browser.webextension-popup-browser')].map((b) => b.browsingContext ? b.browsingContext.id : -1);`,
  );

/**
 * Clicks the TherapyLens button in the toolbar on `page`, as a user does (which grants activeTab
 * for the tab), and returns the popup that opens. Fails if the button is not in the toolbar.
 */
export async function clickToolbarButton(
  ff: FirefoxWithExtension,
  page: Page,
  expectedUrl = page.url(),
): Promise<Popup> {
  // A popup still open from before closes first, as it does when the user clicks elsewhere; a click
  // on the button while it is open would only close it.
  await closePopups(ff);
  await page.bringToFront();
  const selected = await ff.chrome<string>('return window.gBrowser.selectedBrowser.currentURI.spec;');
  if (selected !== expectedUrl) throw new Error(`the selected tab shows ${selected}, not ${expectedUrl}`);
  const before = new Set(await popupIds(ff));
  await ff.chrome(`${ACTION}
    const node = window.document.getElementById(action.id);
    if (!node || !node.closest('#nav-bar')) throw new Error('the TherapyLens button is not in the toolbar');
    node.querySelector('toolbarbutton').click();
    return true;`);
  const popupUrl = ff.extensionUrl('popup.html');
  for (let i = 0; i < 100; i++) {
    const id = await ff.chrome<number | null>(`
      const b = [...window.document.querySelectorAll('browser.webextension-popup-browser')].find(
        (b) => b.browsingContext && !${JSON.stringify([...before])}.includes(b.browsingContext.id) &&
          b.currentURI.spec.startsWith(${JSON.stringify(popupUrl)}),
      );
      return b ? b.browsingContext.id : null;`);
    if (id !== null) {
      const popup = new Popup(ff, id);
      await popup.waitFor('document.readyState === "complete" && document.body');
      return popup;
    }
    await sleep(100);
  }
  throw new Error('the popup did not open after the toolbar click');
}
