// Entry of a validation worker thread: scans the byte ranges it is sent (see parallel.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { messageOf } from '../errors.js';
import { scanChunk, transferables, type ScanOptions } from './scan.js';

export interface ScanTask {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

const { path, options } = workerData as { path: string; options: ScanOptions };
parentPort!.on('message', (task: ScanTask) => {
  scanChunk(path, task.start, task.end, options).then(
    (result) => parentPort!.postMessage({ index: task.index, result }, transferables(result)),
    (error: unknown) => parentPort!.postMessage({ index: task.index, error: messageOf(error) }),
  );
});
