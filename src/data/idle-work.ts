// Background work in the engine worker (saving files, appending details, warming up the parser) waits until the app
// has asked nothing for a moment, so drawing the map and answering a filter never queue behind it.

const IDLE_MS = 300;
let callsWaiting = 0;
let lastCallAt = 0;

export function noteCallStarted(): void {
  callsWaiting++;
}

export function noteCallFinished(): void {
  callsWaiting--;
  lastCallAt = performance.now();
}

/** Resolves once no call has been waiting or finished for IDLE_MS. */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (callsWaiting > 0 || performance.now() - lastCallAt < IDLE_MS) setTimeout(check, IDLE_MS);
      else resolve();
    };
    setTimeout(check, IDLE_MS);
  });
}

/** Runs `step` through `serially` at each idle moment while it returns true (more to do). */
export function runWhenIdle(step: () => Promise<boolean>, serially: <T>(task: () => Promise<T>) => Promise<T>): void {
  void whenIdle()
    .then(() => serially(step))
    .then((more) => {
      if (more) runWhenIdle(step, serially);
    })
    .catch((error) => console.error('Background work failed:', error));
}
