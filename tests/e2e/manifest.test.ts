// What the shipped builds ask of the user: exactly activeTab, scripting and storage.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testPath } from '../helpers/dom';

function manifest(target: string) {
  return JSON.parse(readFileSync(testPath('..', '.output', target, 'manifest.json'), 'utf8'));
}

describe.each(['chrome-mv3', 'firefox-mv3'])('%s manifest', (target) => {
  const m = manifest(target);

  it('asks for exactly activeTab, scripting and storage, and no hosts', () => {
    expect([...m.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_permissions).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
  });

  it('has a real name, description and every icon size', () => {
    expect(m.name).toBe('TherapyLens');
    expect(m.description).toMatch(/Not medical advice/);
    for (const size of ['16', '32', '48', '96', '128']) expect(m.icons[size]).toBe(`icon/${size}.png`);
  });

  it('is Manifest V3 and its toolbar tooltip says what a click does', () => {
    expect(m.manifest_version).toBe(3);
    expect(m.action.default_title).toBe('TherapyLens: check this page');
    expect(m.browser_action).toBeUndefined();
  });
});

describe('firefox manifest', () => {
  it('declares a gecko id, no data collection, and the minimum version', () => {
    const gecko = manifest('firefox-mv3').browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(gecko.strict_min_version).toBe('142.0');
  });

  it('puts the button in the toolbar, not the Extensions menu', () => {
    expect(manifest('firefox-mv3').action.default_area).toBe('navbar');
    expect(manifest('chrome-mv3').action.default_area).toBeUndefined();
  });
});
