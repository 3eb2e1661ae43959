import type { EngineApi } from './engine.worker';
import type { IngestProgress } from './ingest-files';

type Pending = { resolve: (value: unknown) => void; reject: (reason: Error) => void };
type WorkerMessage =
  | { id: number; result?: unknown; error?: string }
  | { event: 'progress'; progress: IngestProgress }
  | { event: 'saved'; paths: string[] };

export type EngineClient = EngineApi & {
  onProgress(listener: (p: IngestProgress) => void): () => void;
  /** Loaded files are written to the browser's storage after the map shows them: this hears when they are. */
  onSaved(listener: (paths: string[]) => void): () => void;
};

/** A typed proxy for the engine worker: call `client.cellValues(filter, false)` as if it were local. */
export function createEngineClient(): EngineClient {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, Pending>();
  const progressListeners = new Set<(p: IngestProgress) => void>();
  const savedListeners = new Set<(paths: string[]) => void>();
  let nextId = 1;
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if ('event' in message) {
      if (message.event === 'progress') for (const listener of progressListeners) listener(message.progress);
      else for (const listener of savedListeners) listener(message.paths);
      return;
    }
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.error !== undefined) waiting.reject(new Error(message.error));
    else waiting.resolve(message.result);
  };
  const onProgress = (listener: (p: IngestProgress) => void) => {
    progressListeners.add(listener);
    return () => progressListeners.delete(listener);
  };
  const onSaved = (listener: (paths: string[]) => void) => {
    savedListeners.add(listener);
    return () => savedListeners.delete(listener);
  };
  const listeners: Record<string, unknown> = { onProgress, onSaved };
  return new Proxy({} as EngineClient, {
    get: (_target, method: string) =>
      listeners[method] ??
      ((...args: unknown[]) =>
        new Promise((resolve, reject) => {
          const id = nextId++;
          pending.set(id, { resolve, reject });
          // File bytes are transferred, not copied: a 230 MB month must not exist twice.
          const transfer =
            method === 'ingest' ? (args[0] as { bytes: Uint8Array }[]).map((f) => f.bytes.buffer as ArrayBuffer) : [];
          worker.postMessage({ id, method, args }, transfer);
        })),
  });
}
