import path from 'node:path';

export { openNodeEngine as createNodeEngine } from '../../src/data/engine/node-host';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
