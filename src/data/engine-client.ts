import type { EngineApi } from './engine.worker';

type Pending = { resolve: (value: unknown) => void; reject: (reason: Error) => void };

/** A typed proxy for the engine worker: call `client.hexCounts(filter)` as if it were local. */
export function createEngineClient(): EngineApi {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  worker.onmessage = (event: MessageEvent<{ id: number; result?: unknown; error?: string }>) => {
    const waiting = pending.get(event.data.id);
    if (!waiting) return;
    pending.delete(event.data.id);
    if (event.data.error !== undefined) waiting.reject(new Error(event.data.error));
    else waiting.resolve(event.data.result);
  };
  return new Proxy({} as EngineApi, {
    get: (_target, method: string) => (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, method, args });
      }),
  });
}
