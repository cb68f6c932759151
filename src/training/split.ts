import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface SplitFiles {
  readonly training: string;
  readonly validation: string;
  readonly trainingRecords: number;
  readonly validationRecords: number;
}

/** Where a record falls, from its content alone: the same record lands on the same side every run. */
export function holdsOut(line: string, fraction: number): boolean {
  return createHash('sha256').update(line).digest().readUInt32BE(0) / 2 ** 32 < fraction;
}

/** Writes training and validation files split off one training file, deterministically by record. */
export async function splitValidation(trainingFile: string, fraction: number, dir: string): Promise<SplitFiles> {
  await mkdir(dir, { recursive: true });
  const base = path.basename(trainingFile, path.extname(trainingFile));
  const training = path.join(dir, `${base}.train.jsonl`);
  const validation = path.join(dir, `${base}.validation.jsonl`);
  const outT = createWriteStream(training);
  const outV = createWriteStream(validation);
  let trainingRecords = 0;
  let validationRecords = 0;
  for await (const line of createInterface({ input: createReadStream(trainingFile), crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    if (holdsOut(line, fraction)) {
      validationRecords += 1;
      if (!outV.write(`${line}\n`)) await new Promise<void>((r) => outV.once('drain', () => r()));
    } else {
      trainingRecords += 1;
      if (!outT.write(`${line}\n`)) await new Promise<void>((r) => outT.once('drain', () => r()));
    }
  }
  await Promise.all([new Promise<void>((r) => outT.end(() => r())), new Promise<void>((r) => outV.end(() => r()))]);
  return { training, validation, trainingRecords, validationRecords };
}
