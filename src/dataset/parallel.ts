// Large files are scanned in byte ranges by worker threads (GitHub's hosted runners have 4 cores);
// the results come back in file order, so the caller sees the same thing as from one pass.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { scanChunk, type ChunkScan, type ScanOptions } from './scan.js';
import type { ScanTask } from './scan-worker.js';

export interface Parallelism {
  /** worker threads at most; 1 scans in-process */
  readonly workers: number;
  /** bytes of file per range */
  readonly chunkBytes: number;
  /** files smaller than this are scanned in-process: starting workers costs more than it saves */
  readonly minBytes: number;
}

export const DEFAULT_PARALLELISM: Parallelism = {
  workers: Math.min(availableParallelism(), 4),
  chunkBytes: 4 << 20,
  minBytes: 16 << 20,
};

// Each bundle that validates has the worker's bundle beside it (see the build script). From the
// sources (tests, tsx) the worker is the TypeScript file, loaded through tsx's API (a dev dependency).
// `here` is a variable so that the bundler does not take `new URL(…, import.meta.url)` for an asset.
const here: string = import.meta.url;
const WORKER = { bundle: './scan-worker/index.js', source: './scan-worker.ts' };
// A small young generation: a worker's records die young, and by default each worker's heap grew
// to 24 MB (1 GB file: peak RSS 155 MB by default, 133 MB with this, at the same speed).
const RESOURCES = { maxYoungGenerationSizeMb: 6 };
function startWorker(workerData: unknown): Worker {
  if (!here.endsWith('.ts')) return new Worker(new URL(WORKER.bundle, here), { workerData, resourceLimits: RESOURCES });
  const entry = new URL(WORKER.source, here).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

/** The scans of a file's ranges, in file order. */
export async function* scanFile(
  path: string,
  size: number,
  options: ScanOptions,
  parallelism: Parallelism = DEFAULT_PARALLELISM,
): AsyncGenerator<ChunkScan> {
  const ranges = Math.ceil(size / parallelism.chunkBytes);
  if (parallelism.workers < 2 || size < parallelism.minBytes || ranges < 2) {
    yield await scanChunk(path, 0, Infinity, options);
    return;
  }
  const count = Math.min(parallelism.workers, ranges);
  const workers = Array.from({ length: count }, () => startWorker({ path, options }));
  const done = new Map<number, ChunkScan>();
  // Ranges handed out but not yet yielded: at most two per worker, so memory stays bounded.
  const window = 2 * count;
  let next = 0;
  let yielded = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const idle: Worker[] = [];
  const assign = () => {
    while (idle.length > 0 && next < ranges && next - yielded < window) {
      const index = next++;
      const task: ScanTask = {
        index,
        start: index * parallelism.chunkBytes,
        end: index === ranges - 1 ? Infinity : (index + 1) * parallelism.chunkBytes,
      };
      idle.pop()!.postMessage(task);
    }
  };
  for (const worker of workers) {
    worker.on('message', (m: { index: number; result?: ChunkScan; error?: string }) => {
      if (m.error !== undefined) failure ??= new Error(`could not scan ${options.name}: ${m.error}`);
      else done.set(m.index, m.result!);
      idle.push(worker);
      assign();
      wake?.();
    });
    worker.on('error', (error) => {
      failure ??= error;
      wake?.();
    });
    idle.push(worker);
  }
  try {
    assign();
    while (yielded < ranges) {
      while (!done.has(yielded) && !failure) await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw failure;
      const scan = done.get(yielded)!;
      done.delete(yielded);
      yielded += 1;
      assign();
      yield scan;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
