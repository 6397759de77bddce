// TherapyLens reads pages locally: using it causes no network request at all. Checked two ways:
// every request while a user analyzes, highlights, saves and opens the collection (pages through
// Playwright, the popup through CDP Network events), and a scan of the shipped bundles for network
// and code-evaluation APIs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickButton, HIGHLIGHT_SWITCH, reanalyze, waitForReport } from '../hardening/e2e-flow';
import {
  EXTENSION_DIR,
  clickToolbarIcon,
  launchWithExtension,
  startFixtureServer,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

let ext: ExtensionBrowser;
let server: FixtureServer;
const pageRequests: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension();
  ext.context.on('request', (request) => pageRequests.push(request.url()));
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** Requests that are not the extension loading its own files. */
function foreign(urls: string[]): string[] {
  const own = `chrome-extension://${ext.extensionId}/`;
  return urls.filter((u) => !u.startsWith(own) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

describe('network use', () => {
  it.each(['hostile-payloads.html', 'clinic--lymphoma-car-t-program.html'])(
    'analyzing %s, highlighting, saving and opening the collection request nothing',
    async (file) => {
      const page = await ext.context.newPage();
      await page.goto(server.url(file), { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      const serverBefore = server.requests.length;
      const pageBefore = pageRequests.length;

      const popup = await clickToolbarIcon(ext, page);
      const popupRequests: string[] = [];
      popup.on('Network.requestWillBeSent', (e) => popupRequests.push((e.request as { url: string }).url));
      popup.on('Network.webSocketCreated', (e) => popupRequests.push(String(e.url)));
      await popup.send('Network.enable');
      // Reload so the popup's whole life, from its first script, happens under observation.
      await popup.send('Page.reload');
      await popup.waitFor('document.readyState === "complete"');
      await waitForReport(popup);
      await reanalyze(popup);
      await popup.click(HIGHLIGHT_SWITCH);
      await popup.waitFor(`document.body.innerText.includes('marked on the page')`);
      await popup.click(HIGHLIGHT_SWITCH);
      await popup.waitFor(`document.body.innerText.includes('Highlights removed')`);
      await clickButton(popup, 'Save to collection');
      await popup.waitFor(`document.body.innerText.includes('Saved to your collection')`);

      const collection = await ext.context.newPage();
      await collection.goto(ext.extensionUrl('collection.html'), { waitUntil: 'load' });
      await collection.waitForLoadState('networkidle');
      await collection.close();

      // The popup did load its own files after the reload: proof the observer was listening.
      expect(popupRequests.some((u) => u.startsWith(`chrome-extension://${ext.extensionId}/`))).toBe(true);
      expect(foreign(popupRequests)).toEqual([]);
      expect(foreign(pageRequests.slice(pageBefore))).toEqual([]);
      expect(server.requests.slice(serverBefore)).toEqual([]);
      await page.close();
    },
  );
});

// --- Static scan of what ships -------------------------------------------------------------

interface Finding {
  file: string;
  api: string;
  context: string;
}

const APIS: Record<string, RegExp> = {
  // The global fetch (also as window./globalThis./self.fetch), not a method that happens to be
  // named fetch (pdf.js looks PDF objects up with xref.fetch(ref) hundreds of times).
  'fetch(': /(?<![\w$.])fetch\s*\(|\b(?:window|globalThis|self)\s*\.\s*fetch\s*\(/g,
  XMLHttpRequest: /\bXMLHttpRequest\b/g,
  WebSocket: /\bWebSocket\b/g,
  sendBeacon: /\bsendBeacon\b/g,
  EventSource: /\bEventSource\b/g,
  RTCPeerConnection: /\bRTCPeerConnection\b/g,
  'importScripts(': /\bimportScripts\s*\(/g,
  'import(': /\bimport\s*\(/g,
  'eval(': /\beval\s*\(/g,
  'new Function': /\bnew\s+Function\s*\(/g,
  'string timer': /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g,
  'remote script src': /\bsrc\s*[=:]\s*["'`]?(?:https?:)?\/\/[^"'`\s]+/g,
  'remote <script>': /<script[^>]+src\s*=\s*["']?(?:https?:)?\/\//g,
};

/**
 * Each allowed finding is identified by what surrounds it, so the same API turning up anywhere
 * else still fails. Keep this list short and every reason checkable.
 */
const ALLOWED: { api: string; around: RegExp; reason: string }[] = [
  {
    api: 'XMLHttpRequest',
    around: /_chunkLoaded|withCredentials/,
    reason:
      "papaparse's NetworkStreamer, bundled whole with Papa.unparse (CSV export); it only runs for " +
      'Papa.parse(url, { download: true }), which no source file calls (checked below).',
  },
  // pdf.js (collection page only; see tests/e2e/pdf-drop.test.ts, which also checks that reading PDFs
  // requests nothing but the extension's own files). lib/pdf/read.ts hands pdf.js the bytes (`data`)
  // and none of the URL options (url, cMapUrl, standardFontDataUrl, wasmUrl, iccUrl), so its
  // loaders below are never reached.
  {
    api: 'fetch(',
    around: /mode:\s*["'`]cors["'`]/,
    reason: 'pdf.js PDFFetchStream: loads a PDF from getDocument({ url }); we pass `data` only.',
  },
  {
    api: 'fetch(',
    around: /document\.baseURI/,
    reason:
      'pdf.js fetchData (main thread): cMap, standard-font and wasm files from their *Url options, never set.',
  },
  {
    api: 'XMLHttpRequest',
    around: /onreadystatechange/,
    reason: "pdf.js fetchData's XHR fallback for the same *Url options, never set.",
  },
  {
    api: 'fetch(',
    around: /case\s*["'`]cMapUrl["'`]/,
    reason: 'pdf.js BinaryDataFactory: a method named fetch that dispatches to fetchData above.',
  },
  {
    api: 'fetch(',
    around: /Failed to fetch file/,
    reason:
      'pdf.js worker fetchBinaryData: cMap, standard-font and wasm files from their *Url options, never set.',
  },
  {
    api: 'fetch(',
    around: /instanceof Request/,
    reason:
      "Emscripten's wasm loader in pdf.js's worker (JPEG 2000 and ICC decoders), only given a URL from wasmUrl, never set.",
  },
  {
    api: 'XMLHttpRequest',
    around: /\.open\(\s*["'`]GET["'`]\s*,\s*\w+\s*,\s*(?:!1|false)\s*\)/,
    reason:
      'pdf.js worker fetchSync: ICC profile and qcms wasm from iccUrl/wasmUrl, never set (and used when rendering, not for text).',
  },
  {
    api: 'fetch(',
    around: /\bfetchIfRef(?:Async)?\(/,
    reason:
      'pdf.js XRef.fetch(ref) and its wrapper: method definitions that look a PDF object up by reference, not the network API.',
  },
  {
    api: 'import(',
    around: /import\(\s*["'`]\.\/pdf-file-[\w-]+\.js["'`]\s*\)/,
    reason:
      "Vite's code split: the collection page loads the extension's own PDF chunk (a literal path) when a PDF arrives.",
  },
];

function shippedFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return shippedFiles(path);
    return /\.(?:m?js|html)$/.test(name) ? [path] : [];
  });
}

function scan(dir: string): Finding[] {
  const findings: Finding[] = [];
  for (const path of shippedFiles(dir)) {
    const text = readFileSync(path, 'utf8');
    for (const [api, pattern] of Object.entries(APIS)) {
      for (const m of text.matchAll(pattern)) {
        const at = m.index ?? 0;
        findings.push({
          file: relative(dir, path),
          api,
          context: text.slice(Math.max(0, at - 400), at + 200),
        });
      }
    }
  }
  return findings;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('shipped bundles (.output/chrome-mv3)', () => {
  const findings = scan(EXTENSION_DIR);

  it('scans real bundles', () => {
    expect(shippedFiles(join(EXTENSION_DIR, 'content-scripts')).length).toBeGreaterThan(0);
    expect(shippedFiles(EXTENSION_DIR).some((f) => f.endsWith('popup.html'))).toBe(true);
  });

  it('use no network or code-evaluation API beyond the justified allow-list', () => {
    const unexplained = findings
      .filter((f) => !ALLOWED.some((a) => a.api === f.api && a.around.test(f.context)))
      .map((f) => `${f.file}: ${f.api} …${f.context.slice(330, 480).replace(/\s+/g, ' ')}…`);
    expect(unexplained).toEqual([]);
  });

  it('the content script uses none of them at all', () => {
    expect(findings.filter((f) => f.file.startsWith('content-scripts')).map((f) => f.api)).toEqual([]);
  });

  it('papaparse is used only to write CSV, never to download', () => {
    const root = join(EXTENSION_DIR, '..', '..');
    const uses = ['lib', 'components', 'entrypoints', 'utils']
      .flatMap((d) => sourceFiles(join(root, d)))
      .map((f) => readFileSync(f, 'utf8'))
      .filter((text) => /from ['"]papaparse['"]/.test(text));
    expect(uses.length).toBeGreaterThan(0);
    for (const text of uses) {
      expect(text).not.toMatch(/Papa\.parse\s*\(/);
      expect(text).not.toMatch(/\bdownload\s*:/);
    }
  });
});
