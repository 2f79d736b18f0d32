import { parentPort, workerData } from 'node:worker_threads';
import { fuzzCase, fuzzSources, fuzzVariables, runCase } from './fuzzCompiler.ts';

/**
 * Runs fuzz cases for `npm run fuzz` in a worker thread, so a case that loops forever or runs out of
 * memory can be stopped and counted while the run goes on with a fresh worker.
 */
const { root, seed } = workerData as { root: string; seed: number };
const sources = fuzzSources(root);
const variables = fuzzVariables(sources);
parentPort!.on('message', (index: number) => {
  const item = fuzzCase(sources, seed, index);
  parentPort!.postMessage({ index, ...runCase(item.kind, item.path, item.text, variables) });
});
