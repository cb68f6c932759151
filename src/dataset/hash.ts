import { Worker } from 'node:worker_threads';

export interface FileHashes {
  /** sha256 of each file's bytes, in order */
  readonly files: readonly string[];
  /** sha256 of all the files' bytes, one after another */
  readonly combined: string;
}

// Inline, so it needs no file of its own in the ncc bundle. It reads the files itself, in
// parallel with the validator's pass, which keeps hashing off the validator's core.
const WORKER = `
const { createHash } = require('node:crypto');
const { createReadStream } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  // With one file the combined hash is that file's: each byte is hashed once.
  const single = workerData.paths.length === 1;
  const combined = single ? undefined : createHash('sha256');
  const files = [];
  for (const path of workerData.paths) {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      hash.update(chunk);
      if (combined) combined.update(chunk);
    }
    files.push(hash.digest('hex'));
  }
  parentPort.postMessage({ files, combined: combined ? combined.digest('hex') : single ? files[0] : createHash('sha256').digest('hex') });
})().catch((error) => parentPort.postMessage({ error: String(error && error.message || error) }));
`;

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** sha256 of each file and of all of them together, computed on another thread. */
export function hashFiles(paths: readonly string[]): Promise<FileHashes> {
  // No files (no test set, say): the hash of nothing, without starting a thread for it.
  if (paths.length === 0) return Promise.resolve({ files: [], combined: EMPTY_SHA256 });
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { paths },
      resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 16 },
    });
    worker.once('message', (m: FileHashes & { error?: string }) => {
      void worker.terminate();
      if (m.error) reject(new Error(`could not hash ${paths.join(', ')}: ${m.error}`));
      else resolve(m);
    });
    worker.once('error', reject);
  });
}
