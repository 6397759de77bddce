// @vitest-environment happy-dom
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OptionsForm, chosenRegulators, toggleRegulator } from '../../components/OptionsForm';
import { I18nProvider } from '../../components/I18n';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

afterEach(cleanup);

function Harness({ onChange }: { onChange: (s: Settings) => void }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  return (
    <OptionsForm
      settings={settings}
      status={{ kind: 'idle' }}
      onChange={(next) => {
        setSettings(next);
        onChange(next);
      }}
    />
  );
}

describe('regulator choice', () => {
  it('an empty setting means every regulator is ticked', () => {
    expect(chosenRegulators(DEFAULT_SETTINGS)).toEqual(['FDA', 'EMA', 'NMPA', 'PMDA', 'CDSCO', 'MHRA']);
  });

  it('unticking keeps the rest; ticking all again stores "all"', () => {
    const noEma = toggleRegulator(DEFAULT_SETTINGS, 'EMA', false);
    expect(noEma.regulators).toEqual(['FDA', 'NMPA', 'PMDA', 'CDSCO', 'MHRA']);
    expect(toggleRegulator(noEma, 'EMA', true).regulators).toEqual([]);
  });

  it('never leaves no regulator at all', () => {
    const onlyFda = { ...DEFAULT_SETTINGS, regulators: ['FDA' as const] };
    expect(toggleRegulator(onlyFda, 'FDA', false)).toBe(onlyFda);
  });
});

describe('options form', () => {
  it('starts with every regulator ticked and the two switches off', () => {
    render(<Harness onChange={vi.fn()} />);
    for (const r of ['FDA', 'EMA', 'NMPA', 'PMDA', 'CDSCO', 'MHRA']) {
      expect(screen.getByRole('checkbox', { name: new RegExp(`^${r} ·`) })).toBeChecked();
    }
    expect(screen.getByRole('checkbox', { name: /Highlight therapy names/ })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Save every analyzed page/ })).not.toBeChecked();
  });

  it('reports each change as a whole Settings value, usable from the keyboard', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await user.click(screen.getByRole('checkbox', { name: /^NMPA ·/ }));
    expect(onChange).toHaveBeenLastCalledWith({
      regulators: ['FDA', 'EMA', 'PMDA', 'CDSCO', 'MHRA'],
      highlightsByDefault: false,
      language: 'auto',
      autoSave: false,
    });
    screen.getByRole('checkbox', { name: /Save every analyzed page/ }).focus();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith({
      regulators: ['FDA', 'EMA', 'PMDA', 'CDSCO', 'MHRA'],
      highlightsByDefault: false,
      language: 'auto',
      autoSave: true,
    });
  });

  it('offers the interface language: the browser’s by default, or English, Chinese or Spanish', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(select).toHaveValue('auto');
    expect(Array.from((select as HTMLSelectElement).options).map((o) => o.value)).toEqual([
      'auto',
      'en',
      'zh-CN',
      'es',
    ]);
    expect(screen.getByRole('option', { name: '简体中文' })).toHaveAttribute('lang', 'zh-CN');
    await user.selectOptions(select, 'es');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ language: 'es' }));
  });

  it('speaks the chosen language', () => {
    render(
      <I18nProvider language="es">
        <Harness onChange={vi.fn()} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Ajustes de TherapyLens' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Aprobaciones que se muestran' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Idioma' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^Guardar automáticamente/ })).toBeInTheDocument();
  });

  it('keeps the last ticked regulator ticked and explains why', async () => {
    const user = userEvent.setup();
    render(<Harness onChange={vi.fn()} />);
    for (const r of ['EMA', 'NMPA', 'PMDA', 'CDSCO', 'MHRA'])
      await user.click(screen.getByRole('checkbox', { name: new RegExp(`^${r} ·`) }));
    const fda = screen.getByRole('checkbox', { name: /^FDA ·/ });
    expect(fda).toBeChecked();
    expect(fda).toHaveAccessibleDescription('At least one regulator stays selected.');
    await user.click(fda);
    expect(fda).toBeChecked();
  });

  it('shows save errors in words', () => {
    render(
      <OptionsForm
        settings={DEFAULT_SETTINGS}
        status={{ kind: 'error', message: 'Settings could not be saved.' }}
        onChange={vi.fn()}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Settings could not be saved.');
  });
});
