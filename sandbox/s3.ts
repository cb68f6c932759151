// S3: the npm s3rver (a real third-party implementation) behind a thin front layer that adds what
// s3rver lacks: SigV4 verification with expiring session credentials, expected-bucket-owner,
// conditional writes (If-Match / If-None-Match, which s3rver ignores), bucket versioning (version
// ids on writes, ListObjectVersions, delete markers: s3rver keeps the latest bytes, the front keeps
// every version's record), faults and the call log.
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { ACCOUNT_ID, REGION, verifySigV4, type CredentialStore } from './auth.js';
import { close, listen, requestId, type CallLog, type FaultInjector } from './http.js';
import { Iam, type IamRequest } from './iam.js';

const require = createRequire(import.meta.url);
// s3rver is CommonJS; its account registry decides which access key ids it accepts.
const S3rver = require('s3rver') as new (options: Record<string, unknown>) => {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
};
const AWSAccount = require('s3rver/lib/models/account.js') as {
  DUMMY_ACCOUNT: { createKeyPair(id: string, secret: string): void };
};

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function s3Error(res: http.ServerResponse, status: number, code: string, message: string, extra = ''): void {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${xmlEscape(message)}</Message>${extra}<RequestId>${requestId()}</RequestId></Error>`;
  res.writeHead(status, { 'content-type': 'application/xml', 'x-amz-request-id': requestId() });
  res.end(body);
}

/** The S3 operation a request is, from its method, path and query. */
export function s3Operation(method: string, url: URL, headers: http.IncomingHttpHeaders): string {
  const q = url.searchParams;
  const hasKey = url.pathname.split('/').filter(Boolean).length > 1;
  if (!hasKey) {
    if (method === 'GET')
      return url.pathname === '/'
        ? 'ListBuckets'
        : q.has('uploads')
          ? 'ListMultipartUploads'
          : q.has('versions')
            ? 'ListObjectVersions'
            : q.has('location')
              ? 'GetBucketLocation'
              : q.has('versioning')
                ? 'GetBucketVersioning'
                : q.has('encryption')
                  ? 'GetBucketEncryption'
                  : 'ListObjectsV2';
    if (method === 'PUT') return 'CreateBucket';
    if (method === 'HEAD') return 'HeadBucket';
    if (method === 'DELETE') return 'DeleteBucket';
    if (method === 'POST' && q.has('delete')) return 'DeleteObjects';
  }
  if (method === 'GET') return 'GetObject';
  if (method === 'HEAD') return 'HeadObject';
  if (method === 'DELETE') return q.has('uploadId') ? 'AbortMultipartUpload' : 'DeleteObject';
  if (method === 'POST') return q.has('uploads') ? 'CreateMultipartUpload' : 'CompleteMultipartUpload';
  if (method === 'PUT')
    return q.has('partNumber') ? 'UploadPart' : headers['x-amz-copy-source'] ? 'CopyObject' : 'PutObject';
  return `${method} ${url.pathname}`;
}

/** One version of an object, as a versioned bucket records it. */
export interface ObjectVersion {
  readonly versionId: string;
  readonly etag?: string;
  readonly size: number;
  readonly lastModified: Date;
  readonly deleteMarker: boolean;
}

/** What GetBucketLocation, GetBucketVersioning and GetBucketEncryption answer, and who owns the bucket. */
export interface BucketSettings {
  region: string;
  versioning: 'Enabled' | 'Suspended' | 'Disabled';
  encryption?: { algorithm: 'AES256' | 'aws:kms'; kmsKey?: string };
  owner: string;
}

export interface S3Sandbox {
  readonly port: number;
  /** per bucket; a bucket not named here is in us-east-1, versioned, SSE-S3, the sandbox account's */
  readonly buckets: Map<string, BucketSettings>;
  /** every version written through the front, per bucket/key (buckets are versioned) */
  readonly versions: Map<string, ObjectVersion[]>;
  /** a client that talks to s3rver directly (not logged, no faults): the emulated services' own access */
  readonly internal: S3Client;
  getText(bucket: string, key: string): Promise<string | undefined>;
  getBytes(bucket: string, key: string): Promise<Buffer | undefined>;
  put(bucket: string, key: string, body: string | Buffer): Promise<void>;
  list(bucket: string, prefix: string): Promise<string[]>;
  stop(): Promise<void>;
}

/** The IAM requests an S3 operation makes (the Service Authorization Reference's actions and keys). */
export function s3IamRequests(
  operation: string,
  bucket: string,
  key: string,
  url: URL,
  headers: http.IncomingHttpHeaders,
): IamRequest[] {
  const object = `arn:aws:s3:::${bucket}/${key}`;
  const versioned = url.searchParams.has('versionId');
  const conditional: Record<string, string> = {};
  if (headers['if-none-match'] !== undefined) conditional['s3:if-none-match'] = String(headers['if-none-match']);
  if (headers['if-match'] !== undefined) conditional['s3:if-match'] = String(headers['if-match']);
  const prefix = { 's3:prefix': url.searchParams.get('prefix') ?? '' };
  switch (operation) {
    case 'GetObject':
    case 'HeadObject':
      return [{ action: versioned ? 's3:GetObjectVersion' : 's3:GetObject', resource: object }];
    case 'PutObject':
    case 'CompleteMultipartUpload':
      return [
        { action: 's3:PutObject', resource: object, context: { ...conditional, 's3:ObjectCreationOperation': 'true' } },
      ];
    case 'CreateMultipartUpload':
    case 'UploadPart':
      return [{ action: 's3:PutObject', resource: object, context: { 's3:ObjectCreationOperation': 'false' } }];
    case 'CopyObject': {
      const source = decodeURIComponent(String(headers['x-amz-copy-source'] ?? '')).replace(/^\//, '');
      return [
        { action: 's3:PutObject', resource: object, context: { ...conditional, 's3:ObjectCreationOperation': 'true' } },
        { action: 's3:GetObject', resource: `arn:aws:s3:::${source}` },
      ];
    }
    case 'AbortMultipartUpload':
      return [{ action: 's3:AbortMultipartUpload', resource: object }];
    case 'DeleteObject':
      return [{ action: versioned ? 's3:DeleteObjectVersion' : 's3:DeleteObject', resource: object }];
    case 'ListObjectsV2':
    case 'HeadBucket':
      return [{ action: 's3:ListBucket', resource: `arn:aws:s3:::${bucket}`, context: prefix }];
    case 'ListObjectVersions':
      return [{ action: 's3:ListBucketVersions', resource: `arn:aws:s3:::${bucket}`, context: prefix }];
    case 'ListBuckets':
      return [{ action: 's3:ListAllMyBuckets', resource: '*' }];
    case 'GetBucketEncryption':
      return [{ action: 's3:GetEncryptionConfiguration', resource: `arn:aws:s3:::${bucket}` }];
    default:
      return [{ action: `s3:${operation}`, resource: `arn:aws:s3:::${bucket}` }];
  }
}

export async function startS3(
  store: CredentialStore,
  buckets: string[],
  log: CallLog,
  faults: FaultInjector,
  iam: Iam = new Iam(),
): Promise<S3Sandbox> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'bmci-s3-'));
  const s3rver = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory,
    resetOnClose: true,
    configureBuckets: buckets.map((name) => ({ name })),
  });
  const { port: backendPort } = await s3rver.run();
  // s3rver accepts any key it knows without checking V4 signatures; the front layer checks them.
  const teach = (c: { accessKeyId: string; secretAccessKey: string }) =>
    AWSAccount.DUMMY_ACCOUNT.createKeyPair(c.accessKeyId, c.secretAccessKey);
  store.onIssue = teach;
  teach({ accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });
  for (const id of ['AKIASANDBOX000000001']) {
    const c = store.get(id);
    if (c) teach(c);
  }

  const backend = (method: string, url: string, headers: http.OutgoingHttpHeaders): Promise<http.IncomingMessage> =>
    new Promise((resolve, reject) => {
      const r = http.request({ host: '127.0.0.1', port: backendPort, method, path: url, headers }, resolve);
      r.on('error', reject);
      r.end();
    });

  // Requests for one key are serialized, so a conditional check and its write are one atomic step,
  // and a read never sees an object half-written: s3rver writes files in place, S3 PUTs are atomic.
  const locks = new Map<string, Promise<void>>();
  const withLock = async <T>(key: string, fn: () => Promise<T>): Promise<T> => {
    const previous = locks.get(key) ?? Promise.resolve();
    let release!: () => void;
    const current = new Promise<void>((r) => (release = r));
    locks.set(
      key,
      previous.then(() => current),
    );
    await previous;
    try {
      return await fn();
    } finally {
      release();
      if (locks.get(key) === current) locks.delete(key);
    }
  };

  const known = new Set(buckets);
  const bucketConfig = new Map<string, BucketSettings>();
  const bucketSettings = (name: string): BucketSettings =>
    bucketConfig.get(name) ?? {
      region: REGION,
      versioning: 'Enabled',
      encryption: { algorithm: 'AES256' },
      owner: ACCOUNT_ID,
    };
  const versions = new Map<string, ObjectVersion[]>();
  const current = (id: string) => {
    const last = versions.get(id)?.at(-1);
    return last && !last.deleteMarker ? last : undefined;
  };
  const record = (id: string, v: Omit<ObjectVersion, 'versionId' | 'lastModified'>): ObjectVersion => {
    const version = { ...v, versionId: randomBytes(16).toString('base64url'), lastModified: new Date() };
    versions.set(id, [...(versions.get(id) ?? []), version]);
    return version;
  };
  const listVersions = (res: http.ServerResponse, bucket: string, prefix: string) => {
    const rows: string[] = [];
    for (const [id, list] of [...versions].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (!id.startsWith(`${bucket}/${prefix}`)) continue;
      const key = id.slice(bucket.length + 1);
      list.forEach((v, i) => {
        const latest = i === list.length - 1;
        rows.push(
          v.deleteMarker
            ? `<DeleteMarker><Key>${xmlEscape(key)}</Key><VersionId>${v.versionId}</VersionId><IsLatest>${latest}</IsLatest><LastModified>${v.lastModified.toISOString()}</LastModified></DeleteMarker>`
            : `<Version><Key>${xmlEscape(key)}</Key><VersionId>${v.versionId}</VersionId><IsLatest>${latest}</IsLatest><LastModified>${v.lastModified.toISOString()}</LastModified><ETag>${xmlEscape(v.etag ?? '')}</ETag><Size>${v.size}</Size><StorageClass>STANDARD</StorageClass></Version>`,
        );
      });
    }
    res.writeHead(200, { 'content-type': 'application/xml', 'x-amz-request-id': requestId() });
    res.end(
      `<?xml version="1.0" encoding="UTF-8"?>\n<ListVersionsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${xmlEscape(bucket)}</Name><Prefix>${xmlEscape(prefix)}</Prefix><KeyMarker></KeyMarker><VersionIdMarker></VersionIdMarker><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>${rows.join('')}</ListVersionsResult>`,
    );
  };

  const front = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://s3.local');
    const method = req.method ?? 'GET';
    const operation = s3Operation(method, url, req.headers);
    const [, bucket = '', ...keyParts] = url.pathname.split('/');
    const key = decodeURIComponent(keyParts.join('/'));
    const call = log.record({
      service: 's3',
      operation,
      method,
      path: url.pathname,
      params: { Bucket: bucket, Key: key || undefined, ...Object.fromEntries(url.searchParams) },
    });
    const done = (status: number) => (call.status = status);
    try {
      const fault = await faults.decide(operation);
      if (fault.kind === 'throttle') {
        call.fault = 'throttle';
        done(503);
        req.resume();
        return s3Error(res, 503, 'SlowDown', 'Please reduce your request rate.');
      }
      if (fault.kind === 'error') {
        call.fault = 'error';
        done(500);
        req.resume();
        return s3Error(res, 500, 'InternalError', 'We encountered an internal error. Please try again.');
      }
      const auth = verifySigV4(req, undefined, store, 's3');
      if ('failure' in auth) {
        req.resume();
        const status = auth.failure.code === 'ExpiredToken' ? 400 : 403;
        done(status);
        return s3Error(
          res,
          status,
          auth.failure.code === 'MissingAuthenticationToken' ? 'AccessDenied' : auth.failure.code,
          auth.failure.message,
        );
      }
      // Whether a bucket exists is no secret in S3 (any caller gets 404 NoSuchBucket): before IAM.
      if (bucket && operation !== 'CreateBucket' && !known.has(bucket)) {
        req.resume();
        done(404);
        return s3Error(
          res,
          404,
          'NoSuchBucket',
          'The specified bucket does not exist',
          `<BucketName>${xmlEscape(bucket)}</BucketName>`,
        );
      }
      const denied = await iam.authorize(
        auth.credential.principal,
        s3IamRequests(operation, bucket, key, url, req.headers),
        call,
      );
      if (denied) {
        req.resume();
        done(403);
        return s3Error(res, 403, 'AccessDenied', denied);
      }
      const settings = bucketSettings(bucket);
      const owner = req.headers['x-amz-expected-bucket-owner'];
      if (owner !== undefined && owner !== settings.owner) {
        req.resume();
        done(403);
        return s3Error(res, 403, 'AccessDenied', 'Access Denied');
      }
      if (
        operation === 'GetBucketLocation' ||
        operation === 'GetBucketVersioning' ||
        operation === 'GetBucketEncryption'
      ) {
        req.resume();
        const ns = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';
        if (operation === 'GetBucketEncryption' && !settings.encryption) {
          done(404);
          return s3Error(
            res,
            404,
            'ServerSideEncryptionConfigurationNotFoundError',
            'The server side encryption configuration was not found',
          );
        }
        const body =
          operation === 'GetBucketLocation'
            ? // us-east-1 is the empty constraint, as S3 answers it
              `<LocationConstraint ${ns}>${settings.region === 'us-east-1' ? '' : settings.region}</LocationConstraint>`
            : operation === 'GetBucketVersioning'
              ? `<VersioningConfiguration ${ns}>${settings.versioning === 'Disabled' ? '' : `<Status>${settings.versioning}</Status>`}</VersioningConfiguration>`
              : `<ServerSideEncryptionConfiguration ${ns}><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>${settings.encryption!.algorithm}</SSEAlgorithm>${settings.encryption!.kmsKey ? `<KMSMasterKeyID>${xmlEscape(settings.encryption!.kmsKey)}</KMSMasterKeyID>` : ''}</ApplyServerSideEncryptionByDefault><BucketKeyEnabled>true</BucketKeyEnabled></Rule></ServerSideEncryptionConfiguration>`;
        done(200);
        res.writeHead(200, { 'content-type': 'application/xml', 'x-amz-request-id': requestId() });
        return res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
      }
      if (operation === 'ListObjectVersions') {
        req.resume();
        done(200);
        return listVersions(res, bucket, url.searchParams.get('prefix') ?? '');
      }
      const id = `${bucket}/${key}`;
      const askedVersion = url.searchParams.get('versionId');
      if (askedVersion !== null && (operation === 'GetObject' || operation === 'HeadObject')) {
        // s3rver keeps the latest bytes only: older versions are listed, not served
        if (current(id)?.versionId !== askedVersion) {
          req.resume();
          done(404);
          return s3Error(res, 404, 'NoSuchVersion', 'The specified version does not exist.');
        }
      }
      const conditional = (method === 'PUT' && operation === 'PutObject') || operation === 'CompleteMultipartUpload';
      const ifMatch = req.headers['if-match'];
      const ifNoneMatch = req.headers['if-none-match'];
      const forward = async (): Promise<void> => {
        if (conditional && (ifMatch !== undefined || ifNoneMatch !== undefined)) {
          const head = await backend('HEAD', `/${bucket}/${keyParts.join('/')}`, {});
          head.resume();
          const exists = head.statusCode === 200;
          const etag = head.headers.etag;
          if ((ifNoneMatch === '*' && exists) || (ifMatch !== undefined && (!exists || ifMatch !== etag))) {
            req.resume();
            done(412);
            return s3Error(
              res,
              412,
              'PreconditionFailed',
              'At least one of the pre-conditions you specified did not hold',
              `<Condition>${ifMatch !== undefined ? 'If-Match' : 'If-None-Match'}</Condition>`,
            );
          }
        }
        await new Promise<void>((resolve, reject) => {
          const headers = { ...req.headers, host: `127.0.0.1:${backendPort}` };
          const forwardUrl = new URL(req.url ?? '/', 'http://s3.local');
          forwardUrl.searchParams.delete('versionId');
          const path = forwardUrl.searchParams.size
            ? `${forwardUrl.pathname}?${forwardUrl.searchParams}`
            : forwardUrl.pathname;
          const out = http.request(
            { host: '127.0.0.1', port: backendPort, method, path: askedVersion === null ? req.url : path, headers },
            (upstream) => {
              const status = upstream.statusCode ?? 0;
              done(status);
              const extra: http.OutgoingHttpHeaders = {};
              const ok = status >= 200 && status < 300;
              if (ok && (operation === 'PutObject' || operation === 'CompleteMultipartUpload')) {
                const size = Number(req.headers['content-length'] ?? 0);
                extra['x-amz-version-id'] = record(id, {
                  etag: upstream.headers.etag,
                  size: operation === 'PutObject' ? size : 0,
                  deleteMarker: false,
                }).versionId;
              } else if (ok && operation === 'DeleteObject') {
                extra['x-amz-version-id'] = record(id, { size: 0, deleteMarker: true }).versionId;
                extra['x-amz-delete-marker'] = 'true';
              } else if (ok && (operation === 'GetObject' || operation === 'HeadObject') && current(id)) {
                extra['x-amz-version-id'] = current(id)!.versionId;
              }
              res.writeHead(status || 500, { ...upstream.headers, ...extra });
              upstream.pipe(res);
              upstream.on('end', resolve);
              upstream.on('error', reject);
            },
          );
          out.on('error', reject);
          req.pipe(out);
        });
      };
      if (key) await withLock(`${bucket}/${key}`, forward);
      else await forward();
    } catch (error) {
      done(500);
      if (!res.headersSent) s3Error(res, 500, 'InternalError', String(error));
      else res.destroy();
    }
  });
  const port = await listen(front);

  const internal = new S3Client({
    region: REGION,
    endpoint: `http://127.0.0.1:${backendPort}`,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const getBytes = async (b: string, k: string): Promise<Buffer | undefined> => {
    try {
      const r = await internal.send(new GetObjectCommand({ Bucket: b, Key: k }));
      return Buffer.from(await r.Body!.transformToByteArray());
    } catch (error) {
      if ((error as { name?: string }).name === 'NoSuchKey' || (error as { name?: string }).name === 'NoSuchBucket')
        return undefined;
      throw error;
    }
  };
  return {
    port,
    buckets: bucketConfig,
    versions,
    internal,
    getBytes,
    getText: async (b, k) => (await getBytes(b, k))?.toString('utf8'),
    put: async (b, k, body) => {
      await internal.send(new PutObjectCommand({ Bucket: b, Key: k, Body: body }));
    },
    list: async (b, prefix) => {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const r = await internal.send(
          new ListObjectsV2Command({ Bucket: b, Prefix: prefix, ContinuationToken: token }),
        );
        keys.push(...(r.Contents ?? []).map((o) => o.Key!));
        token = r.NextContinuationToken;
      } while (token);
      return keys;
    },
    stop: async () => {
      await close(front);
      internal.destroy();
      await s3rver.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
