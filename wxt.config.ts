import { defineConfig } from 'wxt';

// The shipped build asks for exactly these three permissions. The e2e build (WXT_E2E=1) is
// written to a separate folder and gets its extra test-only grant from tests/e2e/e2e-manifest.ts.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  // Explicit imports only: `browser` comes from utils/browser.ts, nothing is a hidden global.
  imports: false,
  entrypointsDir: 'entrypoints',
  outDir: process.env.WXT_E2E === '1' ? '.output-e2e' : '.output',
  manifest: ({ browser }) => ({
    name: 'TherapyLens',
    description:
      'Checks what cancer cell- and gene-therapy pages claim against regulator approvals, with sources. Not medical advice.',
    permissions: ['activeTab', 'scripting', 'storage'],
    action: { default_title: 'TherapyLens: check this page' },
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
    'build:manifestGenerated': async (_wxt, manifest) => {
      if (process.env.WXT_E2E === '1') {
        const { addE2eGrants } = await import('./tests/e2e/e2e-manifest');
        addE2eGrants(manifest);
      }
    },
  },
});
