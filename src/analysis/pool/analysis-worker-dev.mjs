// The analysis worker when dateline runs from its TypeScript sources (vitest, `tsx` scripts):
// Node 20 applies no --import loader inside a worker thread, so this plain module registers
// tsx's loader in the worker itself and then loads the TypeScript worker. The built package
// (dist/, what the `dateline` bin runs) loads analysis-worker.js directly and never this file.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./analysis-worker.ts');
export default worker.default;
