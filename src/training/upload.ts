import path from 'node:path';
import { UserError, awsFailure } from '../errors.js';
import type { Io } from '../io/io.js';
import { isPreconditionFailed, type S3Store } from '../aws/s3-store.js';

export interface DatasetFile {
  readonly role: 'training' | 'validation';
  readonly file: string;
  readonly sha256: string;
  readonly records: number;
}

export interface UploadedDataset extends DatasetFile {
  readonly uri: string;
  /** bytes sent; 0 when the same content was already there */
  readonly uploadedBytes: number;
  /** the object's version (a versioned bucket), recorded on the job for promote to verify */
  readonly versionId?: string;
}

/**
 * The file name part of a dataset's key: letters, digits, '.', '_' and '-' only. A name from the
 * repository may hold '#', '?', '%' or spaces, which S3 URIs (the job's s3Uri) do not carry intact.
 */
export function keyName(file: string, role: string): string {
  const name = path
    .basename(file)
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 100);
  return name || `${role}.jsonl`;
}

/** Where a dataset file goes: content-addressed. */
export const datasetKey = (f: Pick<DatasetFile, 'sha256' | 'file' | 'role'>) =>
  `datasets/${f.sha256}/${keyName(f.file, f.role)}`;

/**
 * Uploads each file to datasets/<sha256>/<file name>: content-addressed and create-only
 * (`If-None-Match: *`), so an object is never overwritten. An object already there is re-hashed
 * from its bytes before it is trusted: its metadata is whatever its writer said, and anyone who
 * could write under the prefix could have planted other bytes under the right name.
 */
export async function uploadDatasets(
  store: S3Store,
  files: readonly DatasetFile[],
  io: Io,
): Promise<UploadedDataset[]> {
  const out: UploadedDataset[] = [];
  for (const f of files) {
    const key = datasetKey(f);
    const uri = store.uri(key);
    const hint = `Check that 's3-uri' (${store.uri('')}) exists and that the role may s3:GetObject and s3:PutObject there.`;
    let existing;
    try {
      existing = await store.head(key);
    } catch (error) {
      throw awsFailure(`Could not look for ${uri}`, error, hint);
    }
    if (!existing) {
      try {
        const sent = await store.uploadFile(key, f.file, { sha256: f.sha256, records: String(f.records) });
        io.info(`${f.role}: uploaded ${sent.bytes.toLocaleString('en-US')} bytes to ${uri}`);
        out.push({ ...f, uri, uploadedBytes: sent.bytes, versionId: sent.versionId });
        continue;
      } catch (error) {
        // create-only: someone wrote the key between the look and the upload; check what they wrote
        if (!isPreconditionFailed(error)) throw awsFailure(`Could not upload ${f.role} data to ${uri}`, error, hint);
        existing = await store.head(key).catch(() => undefined);
        if (!existing) throw awsFailure(`Could not upload ${f.role} data to ${uri}`, error, hint);
      }
    }
    let actual: string;
    try {
      actual = await store.sha256(key, existing.versionId);
    } catch (error) {
      throw awsFailure(`Could not read ${uri} to check its bytes`, error, hint);
    }
    if (actual !== f.sha256) {
      throw new UserError(
        `${uri} exists, but its bytes hash to sha256 ${actual}, not ${f.sha256}: it was written outside this action (or tampered with), and training on it would train on other data. Nothing was launched. Find out who can write under ${store.uri('datasets/')}, delete the object, and run again.`,
      );
    }
    io.info(`${f.role}: ${uri} is already there, and its bytes hash to the same sha256; not uploaded again.`);
    out.push({ ...f, uri, uploadedBytes: 0, versionId: existing.versionId });
  }
  return out;
}
