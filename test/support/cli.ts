import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT } from './docs';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Wall time from the start of the process to its end, in milliseconds. */
  ms: number;
  /** CPU time the process's main thread used, in milliseconds (NaN when it was stopped before its end). */
  cpuMs: number;
}

export const CLI = join(ROOT, 'dist', 'cli.js');
const CPU_USAGE = join(ROOT, 'test', 'support', 'cpuUsage.cjs');

/** Runs the built CLI as a user would, and resolves when it exits. */
export function runCli(
  args: readonly string[],
  options: {
    cwd?: string;
    cli?: string;
    uid?: number;
    gid?: number;
    killAfterMs?: number;
    /** Scripts to preload (`node --require`), with the environment they read. */
    preload?: string[];
    env?: Record<string, string>;
  } = {},
): Promise<CliRun> {
  const usageDir = mkdtempSync(join(tmpdir(), 'lp-cpu-'));
  const usageFile = join(usageDir, 'cpu');
  return new Promise<CliRun>((resolve, reject) => {
    const start = performance.now();
    const preload = [CPU_USAGE, ...(options.preload ?? [])].flatMap((script) => ['--require', script]);
    const child = spawn(process.execPath, [...preload, options.cli ?? CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      env: {
        ...process.env,
        NO_COLOR: '1',
        LANG: 'en_US.UTF-8',
        LP_CPU_USAGE_FILE: usageFile,
        ...options.env,
      },
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // A run far over its budget is stopped: the test fails on the time, without waiting for the end.
    const deadline = options.killAfterMs
      ? setTimeout(() => child.kill('SIGKILL'), options.killAfterMs)
      : null;
    child.on('error', reject);
    child.on('close', (status) => {
      if (deadline) clearTimeout(deadline);
      const ms = performance.now() - start;
      const cpuMs = Number(readFileSafely(usageFile) ?? Number.NaN);
      resolve({ status, stdout, stderr, ms, cpuMs });
    });
  }).finally(() => rmSync(usageDir, { recursive: true, force: true }));
}

function readFileSafely(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Whether a run kept within a budget of CPU time on its main thread (the work it did, which other programs on a
 * busy machine do not inflate much) and, loosely, of wall time (ten times as much: that catches a hang that does
 * no work).
 */
export function withinBudget(run: CliRun, budgetMs: number): { ok: boolean; message: string } {
  const ok = run.cpuMs < budgetMs && run.ms < budgetMs * 10;
  return {
    ok,
    message: `${run.cpuMs.toFixed(0)} ms of CPU time, ${run.ms.toFixed(0)} ms of wall time (budget ${budgetMs} ms)`,
  };
}
