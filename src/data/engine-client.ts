import type { IngestProgress } from './ingest-files';
import {
  METHOD_NAMES,
  METHODS,
  type ArgsOf,
  type EngineRequest,
  type MethodName,
  type ResultOf,
  type WorkerMessage,
} from './engine/protocol';

type Pending = { method: MethodName; resolve: (value: unknown) => void; reject: (reason: Error) => void };

export type EngineCalls = { [M in MethodName]: (args: ArgsOf<M>) => Promise<ResultOf<M>> };

export type EngineClient = EngineCalls & {
  onProgress(listener: (p: IngestProgress) => void): () => void;
  /** Loaded files are written to the browser's storage after the map shows them: this hears when they are. */
  onSaved(listener: (paths: string[]) => void): () => void;
  /** The GRIP hotspot set in use or its versions changed, whoever changed them: ask `hotspotSet` for the state. */
  onHotspotSetChanged(listener: (revision: number) => void): () => void;
};

/** The engine worker as typed calls: `await client.cellValues({ filter, harm: false })`. */
export function createEngineClient(): EngineClient {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, Pending>();
  const progressListeners = new Set<(p: IngestProgress) => void>();
  const savedListeners = new Set<(paths: string[]) => void>();
  const hotspotSetListeners = new Set<(revision: number) => void>();
  let nextId = 1;
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if ('event' in message) {
      if (message.event === 'progress') for (const listener of progressListeners) listener(message.progress);
      else if (message.event === 'saved') for (const listener of savedListeners) listener(message.paths);
      else for (const listener of hotspotSetListeners) listener(message.revision);
      return;
    }
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (!message.ok) return waiting.reject(new Error(message.error));
    const now = performance.now();
    performance.measure(`grip:worker:${waiting.method}`, { start: now - message.workMs, end: now });
    waiting.resolve(message.result);
  };
  const call = <M extends MethodName>(method: M, args: ArgsOf<M>) =>
    new Promise<ResultOf<M>>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { method, resolve: resolve as (value: unknown) => void, reject });
      const transfer = METHODS[method].transfer?.(args) ?? [];
      worker.postMessage({ id, method, args } as EngineRequest, transfer);
    });
  const calls = Object.fromEntries(
    METHOD_NAMES.map((method) => [method, (args: never) => call(method, args)]),
  ) as unknown as EngineCalls;
  return {
    ...calls,
    onProgress: (listener) => {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
    },
    onSaved: (listener) => {
      savedListeners.add(listener);
      return () => savedListeners.delete(listener);
    },
    onHotspotSetChanged: (listener) => {
      hotspotSetListeners.add(listener);
      return () => hotspotSetListeners.delete(listener);
    },
  };
}
