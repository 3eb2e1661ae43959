import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const demoDir = path.resolve(__dirname, process.env.GRIP_DEMO_DIR ?? 'data/demo');

/** Only our own origin; blob: for DuckDB's worker plumbing, wasm-unsafe-eval to compile DuckDB's wasm. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval' blob:",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Serve data/demo/ at /demo/ in dev and copy it into dist/demo/ on build (it is generated, so not in public/). */
function demoData(): Plugin {
  return {
    name: 'grip-demo-data',
    configureServer(server) {
      server.middlewares.use('/demo', (req, res, next) => {
        const file = path.join(demoDir, decodeURIComponent((req.url ?? '/').split('?')[0]));
        if (!file.startsWith(demoDir) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader(
          'Content-Type',
          file.endsWith('.json') || file.endsWith('.geojson') ? 'application/json' : 'text/csv',
        );
        createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      if (!existsSync(demoDir)) return;
      for (const name of readdirSync(demoDir)) {
        const file = path.join(demoDir, name);
        if (statSync(file).isFile())
          this.emitFile({ type: 'asset', fileName: `demo/${name}`, source: readFileSync(file) });
      }
    },
  };
}

/** The strict policy goes into the built page; the dev server needs inline scripts for React refresh. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'grip-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), demoData(), contentSecurityPolicy()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
});
