interface Task {
  dueAtMs: number;
  order: number;
  run: () => void;
}

/**
 * Deferred simulator work ("the callee answers after a moment") keyed to the injected clock, not to
 * timers: runDue() is called before every request and by one periodic tick, so a test with a fake
 * clock only has to advance it, and close() has exactly one timer to clear.
 */
export class Scheduler {
  private tasks: Task[] = [];
  private order = 0;
  private running = false;

  constructor(private readonly now: () => number) {}

  at(dueAtMs: number, run: () => void): void {
    this.tasks.push({ dueAtMs, order: this.order++, run });
  }

  after(delayMs: number, run: () => void): void {
    this.at(this.now() + delayMs, run);
  }

  get pending(): number {
    return this.tasks.length;
  }

  runDue(): void {
    if (this.running) return;
    this.running = true;
    try {
      // Bounded so that a task rescheduling itself for "now" cannot hang the server.
      for (let round = 0; round < 1000; round++) {
        const nowMs = this.now();
        const due = this.tasks
          .filter((task) => task.dueAtMs <= nowMs)
          .sort((a, b) => a.dueAtMs - b.dueAtMs || a.order - b.order);
        if (due.length === 0) return;
        this.tasks = this.tasks.filter((task) => !due.includes(task));
        for (const task of due) task.run();
      }
    } finally {
      this.running = false;
    }
  }

  clear(): void {
    this.tasks = [];
  }
}
