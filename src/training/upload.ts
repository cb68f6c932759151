import path from 'node:path';
import { UserError, awsFailure } from '../errors.js';
import type { Io } from '../io/io.js';
import type { S3Store } from '../aws/s3-store.js';

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
}

/**
 * Uploads each file to datasets/<sha256>/<file name>: content-addressed, so an object is never
 * overwritten, and a HEAD first skips files already there with the same checksum.
 */
export async function uploadDatasets(
  store: S3Store,
  files: readonly DatasetFile[],
  io: Io,
): Promise<UploadedDataset[]> {
  const out: UploadedDataset[] = [];
  for (const f of files) {
    const key = `datasets/${f.sha256}/${path.basename(f.file)}`;
    const uri = store.uri(key);
    const hint = `Check that 's3-uri' (${store.uri('')}) exists and that the role may s3:GetObject and s3:PutObject there.`;
    let existing;
    try {
      existing = await store.head(key);
    } catch (error) {
      throw awsFailure(`Could not look for ${uri}`, error, hint);
    }
    if (existing) {
      if (existing.metadata.sha256 && existing.metadata.sha256 !== f.sha256) {
        throw new UserError(
          `${uri} exists with sha256 ${existing.metadata.sha256}, not ${f.sha256}: the object was changed outside this action. Content-addressed datasets are never overwritten; delete it and run again.`,
        );
      }
      io.info(`${f.role}: ${uri} is already there (same sha256); not uploaded again.`);
      out.push({ ...f, uri, uploadedBytes: 0 });
      continue;
    }
    let bytes: number;
    try {
      bytes = await store.uploadFile(key, f.file, { sha256: f.sha256, records: String(f.records) });
    } catch (error) {
      throw awsFailure(`Could not upload ${f.role} data to ${uri}`, error, hint);
    }
    io.info(`${f.role}: uploaded ${bytes.toLocaleString('en-US')} bytes to ${uri}`);
    out.push({ ...f, uri, uploadedBytes: bytes });
  }
  return out;
}
