// Runs one extreme page in a child process with a hang guard: synchronous analysis cannot be
// interrupted inside the test worker, so a runaway case is killed from outside and reported.
import { spawn } from 'node:child_process';
import { testPath } from '../helpers/dom';
import type { ExtremeOutcome } from './run-extreme';

/** Generous: a guard against hangs on a loaded 2-core machine, not a performance target. */
export const HANG_GUARD_MS = 90_000;

export function runExtreme(name: string, guardMs = HANG_GUARD_MS): Promise<ExtremeOutcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', testPath('fuzz', 'run-extreme.ts'), name], {
      cwd: testPath('..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), guardMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').pop() ?? '';
      if (signal === 'SIGKILL') {
        resolve({
          ok: false,
          error: `"${name}" did not finish within ${guardMs / 1000} s: the page would hang the tab`,
        });
        return;
      }
      try {
        resolve(JSON.parse(line) as ExtremeOutcome);
      } catch {
        resolve({ ok: false, error: `"${name}" exited with ${code}: ${err.slice(-2000)}` });
      }
    });
  });
}
