import { defineConfig } from 'wxt';
import { noEval } from './scripts/no-eval-plugin';
import { noHtmlSinks } from './scripts/no-html-sinks-plugin';
import { slimDataset } from './scripts/slim-dataset-plugin';

/** The toolbar button's tooltip in both browsers. */
const ACTION_TITLE = 'TherapyLens: check this page';

// The shipped build asks for activeTab, scripting and storage, plus what the reading panel, the
// "Check with TherapyLens" menu and the shortcut strictly need (sidePanel in Chrome, whose Firefox
// twin sidebar_action needs none; contextMenus). No hosts: e2e tests run this same build and reach
// pages the way a user does (a toolbar click, the menu or the shortcut grants activeTab).
const DEV_PORT = 3000;

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  // Explicit imports only: `browser` comes from utils/browser.ts, nothing is a hidden global.
  imports: false,
  entrypointsDir: 'entrypoints',
  // MV3 in Firefox too: one manifest, the same action/scripting/storage APIs and the same
  // non-persistent background rules as Chrome (README → "Firefox: why Manifest V3").
  manifestVersion: 3,
  // No modulepreload polyfill (it calls fetch; both browsers at our minimum versions preload natively),
  // and no innerHTML in what we ship (see scripts/no-html-sinks-plugin.ts).
  // pdf.js (collection page) and its worker are built without `new Function` (scripts/no-eval-plugin.ts).
  vite: () => ({
    plugins: [noHtmlSinks(), noEval()],
    worker: { format: 'es', plugins: () => [noEval()] },
    build: { modulePreload: { polyfill: false } },
  }),
  // `npm run dev` opens a saved clinic page (served by the dev server from the fixtures) with the
  // extension loaded, so a newcomer sees a result with one click on the toolbar button.
  webExt: {
    startUrls: [
      `http://localhost:${DEV_PORT}/tests/fixtures/pages/seed--cancerfax-gene-therapy-leukemia.html`,
    ],
  },
  dev: { server: { port: DEV_PORT } },
  manifest: ({ browser }) => ({
    name: 'TherapyLens',
    description:
      'Checks what cancer cell- and gene-therapy pages claim against regulator approvals, with sources. Not medical advice.',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Alt+Shift+L ("Lens"): free in Chrome and Firefox, unlike Alt+H, Ctrl+Shift+Y/B and Alt+Shift+T/I.
    commands: {
      'check-page': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Check the selection (or the page) and show it beside the page',
      },
    },
    // Firefox would put the button in the Extensions menu; a user should see it in the toolbar.
    action: { default_title: ACTION_TITLE, ...(browser === 'firefox' ? { default_area: 'navbar' } : {}) },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'therapylens@therapylens.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // WXT lets the popup's <title> replace action.default_title; the tooltip must be ours.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = ACTION_TITLE;
    },
    // Only the content-script build gets the slimmed dataset (see scripts/slim-dataset-plugin.ts).
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (entrypoints.some((e) => e.type === 'content-script')) {
        viteConfig.plugins = [...(viteConfig.plugins ?? []), slimDataset()];
      }
    },
  },
});
