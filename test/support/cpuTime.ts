import { readFileSync } from 'node:fs';

/**
 * The CPU time this process's main thread has used so far, in milliseconds (to 10 ms on Linux): what a budget
 * counts, since other programs on a busy machine inflate wall time, and the garbage collector's helper threads run
 * on other cores. Elsewhere than Linux, the whole process's CPU time.
 */
export function mainThreadCpuMs(pid = process.pid): number {
  try {
    // utime and stime, in clock ticks (1/100 s), follow the command name in parentheses.
    const fields = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  }
}

/** Runs a function and returns what it returned with the main thread's CPU time it took. */
export function timed<T>(work: () => T): { result: T; cpuMs: number } {
  const start = mainThreadCpuMs();
  const result = work();
  return { result, cpuMs: mainThreadCpuMs() - start };
}
