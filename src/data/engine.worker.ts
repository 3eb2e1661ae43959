/// <reference lib="webworker" />
import { browserHost } from './engine/browser-host';
import type { EngineEvent, EngineReply, EngineRequest } from './engine/protocol';
import { EngineSession } from './engine/session';

// Everything heavy (DuckDB, parsing, H3 indexing, statistics) runs in this worker so the map never freezes. The
// session holds its state and schedules its work; this file only relays messages (protocol.ts types both sides).

const post = (message: EngineReply | EngineEvent) => self.postMessage(message);
const session = new EngineSession(browserHost(post));

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  const { id } = event.data;
  const started = performance.now();
  session.handleRequest(event.data).then(
    (result) => post({ id, ok: true, result, workMs: performance.now() - started }),
    (error: unknown) => post({ id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
};
