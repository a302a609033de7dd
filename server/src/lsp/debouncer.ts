/** Runs the latest task per key once the key has been quiet for the delay; a delay of 0 runs it on the next tick. */
export class Debouncer {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  run(key: string, delayMs: number, task: () => void): void {
    this.cancel(key);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      task();
    }, delayMs);
    this.timers.set(key, timer);
  }

  cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }

  /** Whether a task for the key is waiting to run. */
  pending(key: string): boolean {
    return this.timers.has(key);
  }
}
