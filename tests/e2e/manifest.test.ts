// What the shipped builds ask of the user: activeTab, scripting and storage, plus what the reading
// panel (sidePanel; Firefox's sidebar needs none) and the selection menu (contextMenus) need.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testPath } from '../helpers/dom';

function manifest(target: string) {
  return JSON.parse(readFileSync(testPath('..', '.output', target, 'manifest.json'), 'utf8'));
}

describe.each(['chrome-mv3', 'firefox-mv3'])('%s manifest', (target) => {
  const m = manifest(target);

  it('asks for exactly activeTab, scripting, storage, contextMenus (and sidePanel in Chrome), and no hosts', () => {
    const panel = target === 'chrome-mv3' ? ['sidePanel'] : [];
    expect([...m.permissions].sort()).toEqual(
      ['activeTab', 'contextMenus', 'scripting', ...panel, 'storage'].sort(),
    );
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

describe.each(['chrome-mv3', 'firefox-mv3'])('%s reading panel and shortcut', (target) => {
  const m = manifest(target);

  it('declares the panel page and the check shortcut, off the common browser shortcuts', () => {
    if (target === 'chrome-mv3') expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
    else expect(m.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
    const key = m.commands['check-page'].suggested_key.default;
    expect(key).toBe('Alt+Shift+L');
    expect(['Alt+H', 'Ctrl+Shift+Y', 'Ctrl+Shift+B', 'Alt+Shift+T', 'Alt+Shift+I']).not.toContain(key);
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
