// The popup's and panel's states: one reducer, one analysis at a time, stale results dropped.
import { describe, expect, it } from 'vitest';
import { INITIAL, isPartial, reduce, type MachineEvent, type MachineState } from '../../utils/view-machine';
import { fullReport, partialReport } from '../components/fixtures';

const run = (events: MachineEvent[], from: MachineState = INITIAL) => events.reduce(reduce, from);

describe('view machine', () => {
  it('goes loading → analyzing → report, fresh', () => {
    const s = run([
      { type: 'tab', tabId: 1 },
      { type: 'start', token: 1, showProgress: true },
    ]);
    expect(s.view).toEqual({ kind: 'analyzing' });
    const done = reduce(s, { type: 'finish', token: 1, outcome: { kind: 'report', report: fullReport } });
    expect(done.view).toEqual({ kind: 'report', report: fullReport, cached: false, selection: false });
    expect(done.running).toBeNull();
  });

  it('keeps the view when the same tab is looked up again (its page finished loading), never flashing loading', () => {
    const idle = run([{ type: 'tab', tabId: 1 }, { type: 'no-report' }]);
    expect(reduce(idle, { type: 'tab', tabId: 1 })).toBe(idle);
    expect(reduce(idle, { type: 'tab', tabId: 2 }).view).toEqual({ kind: 'loading' });
  });

  it('retires a shown report when its page is gone, but keeps failures, restrictions and a running analysis', () => {
    const shown = run([
      { type: 'tab', tabId: 1 },
      { type: 'cached', report: fullReport, selection: false },
    ]);
    expect(reduce(shown, { type: 'report-gone' }).view).toEqual({ kind: 'idle', denied: false });
    const failed = run([
      { type: 'tab', tabId: 1 },
      { type: 'failure', message: 'x' },
    ]);
    expect(reduce(failed, { type: 'report-gone' })).toBe(failed);
    const restricted = run([
      { type: 'tab', tabId: 1 },
      { type: 'restricted', reason: 'r' },
    ]);
    expect(reduce(restricted, { type: 'report-gone' })).toBe(restricted);
    const running = reduce(shown, { type: 'start', token: 3, showProgress: false });
    expect(reduce(running, { type: 'report-gone' })).toBe(running);
  });

  it('never runs two analyses at once: a second start is ignored, and so is its result', () => {
    const s = run([
      { type: 'tab', tabId: 1 },
      { type: 'start', token: 1, showProgress: true },
      { type: 'start', token: 2, showProgress: true },
    ]);
    expect(s.running).toBe(1);
    const late = reduce(s, { type: 'finish', token: 2, outcome: { kind: 'report', report: partialReport } });
    expect(late).toBe(s);
  });

  it('drops a result that arrives after the view moved to another tab', () => {
    const s = run([
      { type: 'tab', tabId: 1 },
      { type: 'start', token: 1, showProgress: true },
      { type: 'tab', tabId: 2 },
      { type: 'no-report' },
      { type: 'finish', token: 1, outcome: { kind: 'report', report: fullReport } },
    ]);
    expect(s.view).toEqual({ kind: 'idle', denied: false });
    expect(s.tabId).toBe(2);
  });

  it('shows cached, restricted, failure, denied and partial states', () => {
    expect(
      run([
        { type: 'tab', tabId: 1 },
        { type: 'cached', report: fullReport, selection: true },
      ]).view,
    ).toEqual({
      kind: 'report',
      report: fullReport,
      cached: true,
      selection: true,
    });
    expect(run([{ type: 'restricted', reason: 'no' }]).view).toEqual({ kind: 'restricted', reason: 'no' });
    expect(run([{ type: 'failure', message: 'm', detail: 'd' }]).view).toEqual({
      kind: 'failure',
      message: 'm',
      detail: 'd',
    });
    const denied = run([
      { type: 'tab', tabId: 1 },
      { type: 'start', token: 1, showProgress: true },
      { type: 'finish', token: 1, outcome: { kind: 'denied' } },
    ]);
    expect(denied.view).toEqual({ kind: 'idle', denied: true });
    const partial = run([
      { type: 'start', token: 1, showProgress: false },
      { type: 'finish', token: 1, outcome: { kind: 'report', report: partialReport } },
    ]);
    expect(isPartial(partial)).toBe(true);
  });

  it('keeps the report in view during a quiet re-analysis, and shows work started elsewhere', () => {
    const shown = run([
      { type: 'tab', tabId: 1 },
      { type: 'cached', report: fullReport, selection: false },
    ]);
    expect(reduce(shown, { type: 'start', token: 1, showProgress: false }).view.kind).toBe('report');
    expect(reduce(shown, { type: 'elsewhere', tabId: 1 }).view).toEqual({ kind: 'analyzing' });
    expect(reduce(shown, { type: 'elsewhere', tabId: 9 })).toBe(shown);
  });
});
