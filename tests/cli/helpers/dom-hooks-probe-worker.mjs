// A worker thread with the analysis workers' module hook (cli/pool/dom-hooks.mjs): reports whether
// each change is in force, and what listeners, style declarations, windows and Readability did in
// the scenarios the test also runs without the hook.
import { register } from 'node:module';
import { parentPort } from 'node:worker_threads';

register('../../../cli/pool/dom-hooks.mjs', import.meta.url);
const { EventTarget, parseHTML } = await import('linkedom');
const { default: Readability } = await import('@mozilla/readability/Readability.js');
const { scenario } = await import('./listener-scenario.mjs');
const { styleWindowScenario } = await import('./style-window-scenario.mjs');
const { document } = parseHTML('<p style="color: red">x</p>');
parentPort.postMessage({
  lazy: EventTarget.lazyListeners === true,
  styleElementInProperty: document.querySelector('p').style.constructor.elementInProperty === true,
  windowInProperty: Object.getOwnPropertySymbols(document).some((s) => s.description === 'window'),
  readabilityRest: /^function Readability\(doc, options, \.\.\.rest\)/.test(Readability.toString()),
  seen: scenario(parseHTML),
  styleWindow: styleWindowScenario(parseHTML, Readability),
});
