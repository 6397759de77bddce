// Runs the real CLI (node + tsx, as `npm run analyze` does). Node is started directly rather than
// through npx so npm's own warnings cannot mix into the stderr being checked.
import { spawn, type ChildProcess } from 'node:child_process';
import { testPath } from '../../helpers/dom';

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function startCli(args: string[], stdin?: string): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/analyze.ts', ...args], {
    cwd: testPath('..'),
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (stdin !== undefined) child.stdin!.end(stdin);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export const runCli = (args: string[], stdin?: string): Promise<Run> => startCli(args, stdin).done;
