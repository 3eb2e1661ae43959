/**
 * One queue for everything the engine does (after mosaic's QueryManager): jobs run one at a time, because loaders
 * share staging tables and a user's file must not interleave with the demo's patrol pings. Interactive jobs (a
 * filter, a hover, a load) run in arrival order, before any background job. Background jobs (appending details,
 * saving files, warming up the parser) run only once no interactive job has been waiting or finished for `idleMs`,
 * and each is one chunk of work, so an interactive job never waits behind more than one.
 */
export type QueueLane = 'interactive' | 'background';

interface Job {
  task: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

export interface QueueClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
}

const realClock: QueueClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
};

export class WorkQueue {
  private readonly waiting: Record<QueueLane, Job[]> = { interactive: [], background: [] };
  private running = false;
  /** The start counts as being asked something: background work waits idleMs from then too. */
  private lastInteractiveAt: number;
  private wakeUpAt: number | null = null;

  constructor(
    private readonly idleMs = 300,
    private readonly clock: QueueClock = realClock,
  ) {
    this.lastInteractiveAt = clock.now();
  }

  push<T>(lane: QueueLane, task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting[lane].push({ task, resolve: resolve as (value: unknown) => void, reject });
      if (lane === 'interactive') this.lastInteractiveAt = this.clock.now();
      this.pump();
    });
  }

  /** Runs `step` as one background job at each idle moment while it returns true (more to do). */
  repeatWhileIdle(step: () => Promise<boolean>, onError: (error: unknown) => void): void {
    this.push('background', step).then((more) => {
      if (more) this.repeatWhileIdle(step, onError);
    }, onError);
  }

  /** Resolves once every job queued so far, background ones included, has run. */
  drained(): Promise<void> {
    return this.push('background', async () => undefined);
  }

  /** Resolves once the queue is empty, however much background work re-queues itself meanwhile. */
  async settled(): Promise<void> {
    while (this.busy) await this.drained();
  }

  get busy(): boolean {
    return this.running || this.waiting.interactive.length > 0 || this.waiting.background.length > 0;
  }

  private pump(): void {
    if (this.running) return;
    const interactive = this.waiting.interactive.shift();
    if (interactive) return this.run(interactive, 'interactive');
    if (this.waiting.background.length === 0) return;
    const idleAt = this.lastInteractiveAt + this.idleMs;
    const now = this.clock.now();
    if (now >= idleAt) return this.run(this.waiting.background.shift()!, 'background');
    if (this.wakeUpAt !== null && this.wakeUpAt <= idleAt) return;
    this.wakeUpAt = idleAt;
    this.clock.setTimeout(() => {
      this.wakeUpAt = null;
      this.pump();
    }, idleAt - now);
  }

  /** The next job starts before this one's caller hears back, so `busy` is never true of a finished queue. */
  private run(job: Job, lane: QueueLane): void {
    this.running = true;
    const finish = () => {
      this.running = false;
      if (lane === 'interactive') this.lastInteractiveAt = this.clock.now();
      this.pump();
    };
    let running: Promise<unknown>;
    try {
      running = job.task();
    } catch (error) {
      running = Promise.reject(error);
    }
    running.then(
      (value) => {
        finish();
        job.resolve(value);
      },
      (error) => {
        finish();
        job.reject(error);
      },
    );
  }
}
