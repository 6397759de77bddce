// Test-only build (WXT_E2E=1, written to .output-e2e/): lets tests open the popup as a normal tab
// and inject into pages served from 127.0.0.1 without a toolbar click. The shipped build in
// .output/ never gets this; tests/e2e/manifest.test.ts checks that.
export function addE2eGrants(manifest: object): void {
  const m = manifest as { host_permissions?: string[] };
  m.host_permissions = [...(m.host_permissions ?? []), 'http://127.0.0.1/*'];
}
