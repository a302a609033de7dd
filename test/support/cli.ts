import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './docs';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export const CLI = join(ROOT, 'dist', 'cli.js');

/** Runs the built CLI as a user would, and resolves when it exits. */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; cli?: string; uid?: number; gid?: number } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.cli ?? CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' },
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
