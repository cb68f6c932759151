import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import {
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketVersioningCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { S3Location } from '../settings.js';

export interface StoreOptions {
  readonly expectedBucketOwner?: string;
  readonly kmsKeyId?: string;
}

export interface StoredObject {
  readonly key: string;
  readonly size: number;
  readonly etag?: string;
  /** undefined when the bucket is not versioned */
  readonly versionId?: string;
  readonly lastModified?: Date;
  readonly metadata: Record<string, string>;
}

/** One entry of an object's history in a versioned bucket. */
export interface ObjectVersion {
  /** 'null' for an object written while the bucket was not versioned */
  readonly versionId: string;
  readonly lastModified?: Date;
  readonly deleteMarker: boolean;
}

const isNotFound = (error: unknown) => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NotFound' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404;
};

/** Everything the action keeps under `s3-uri`, with the bucket owner and KMS key on every call. */
export class S3Store {
  constructor(
    private readonly client: S3Client,
    readonly location: S3Location,
    private readonly options: StoreOptions = {},
  ) {}

  /** The full key of a path under the prefix. */
  key(path: string): string {
    return this.location.prefix ? `${this.location.prefix}/${path}` : path;
  }

  uri(path: string): string {
    return `s3://${this.location.bucket}/${this.key(path)}`;
  }

  private get owner() {
    return { ExpectedBucketOwner: this.options.expectedBucketOwner };
  }

  private get encryption() {
    return this.options.kmsKeyId
      ? { ServerSideEncryption: 'aws:kms' as const, SSEKMSKeyId: this.options.kmsKeyId }
      : {};
  }

  async head(path: string): Promise<StoredObject | undefined> {
    try {
      const r = await this.client.send(
        new HeadObjectCommand({ Bucket: this.location.bucket, Key: this.key(path), ...this.owner }),
      );
      return {
        key: this.key(path),
        size: r.ContentLength ?? 0,
        etag: r.ETag,
        versionId: r.VersionId,
        lastModified: r.LastModified,
        metadata: r.Metadata ?? {},
      };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /**
   * Streams a file up, create-only (`If-None-Match: *`, on the single PUT and on the multipart
   * upload's completion): an object already at the key is never replaced, and the role's policy
   * can demand the header. Multipart with parallel parts when it is large.
   */
  async uploadFile(
    path: string,
    file: string,
    metadata: Record<string, string>,
    contentType = 'application/jsonl',
  ): Promise<{ bytes: number; versionId?: string }> {
    const size = (await stat(file)).size;
    const upload = new Upload({
      client: this.client,
      queueSize: 4,
      partSize: 8 * 1024 * 1024,
      params: {
        Bucket: this.location.bucket,
        Key: this.key(path),
        Body: createReadStream(file),
        ContentType: contentType,
        Metadata: metadata,
        IfNoneMatch: '*',
        ...this.owner,
        ...this.encryption,
      },
    });
    const done = await upload.done();
    return { bytes: size, versionId: (done as { VersionId?: string }).VersionId };
  }

  /** Every version of the object at `path` (exactly that key), oldest first, delete markers included. */
  async versions(path: string): Promise<ObjectVersion[]> {
    const key = this.key(path);
    const out: ObjectVersion[] = [];
    let keyMarker: string | undefined;
    let versionMarker: string | undefined;
    do {
      const r = await this.client.send(
        new ListObjectVersionsCommand({
          Bucket: this.location.bucket,
          Prefix: key,
          KeyMarker: keyMarker,
          VersionIdMarker: versionMarker,
          ...this.owner,
        }),
      );
      for (const v of r.Versions ?? [])
        if (v.Key === key)
          out.push({ versionId: v.VersionId ?? 'null', lastModified: v.LastModified, deleteMarker: false });
      for (const m of r.DeleteMarkers ?? [])
        if (m.Key === key)
          out.push({ versionId: m.VersionId ?? 'null', lastModified: m.LastModified, deleteMarker: true });
      keyMarker = r.IsTruncated ? r.NextKeyMarker : undefined;
      versionMarker = r.IsTruncated ? r.NextVersionIdMarker : undefined;
    } while (keyMarker);
    return out.sort((a, b) => (a.lastModified?.getTime() ?? 0) - (b.lastModified?.getTime() ?? 0));
  }

  /** sha256 of an object's bytes (of one version, when given), read through: what is there, whatever its metadata says. */
  async sha256(path: string, versionId?: string): Promise<string> {
    const r = await this.client.send(
      new GetObjectCommand({
        Bucket: this.location.bucket,
        Key: this.key(path),
        VersionId: versionId,
        ...this.owner,
      }),
    );
    const hash = createHash('sha256');
    for await (const chunk of r.Body as AsyncIterable<Uint8Array>) hash.update(chunk);
    return hash.digest('hex');
  }

  async getText(path: string): Promise<{ text: string; etag?: string } | undefined> {
    try {
      const r = await this.client.send(
        new GetObjectCommand({ Bucket: this.location.bucket, Key: this.key(path), ...this.owner }),
      );
      return { text: await r.Body!.transformToString('utf8'), etag: r.ETag };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Writes JSON; `ifMatch` (an ETag) or `ifNoneMatch: '*'` make it a compare-and-swap. */
  async putJson(
    path: string,
    value: unknown,
    condition: { ifMatch?: string; ifNoneMatch?: '*' } = {},
  ): Promise<string | undefined> {
    const r = await this.client.send(
      new PutObjectCommand({
        Bucket: this.location.bucket,
        Key: this.key(path),
        Body: `${JSON.stringify(value, null, 2)}\n`,
        ContentType: 'application/json',
        IfMatch: condition.ifMatch,
        IfNoneMatch: condition.ifNoneMatch,
        ...this.owner,
        ...this.encryption,
      }),
    );
    return r.ETag;
  }

  /** Keys under a path (relative to the prefix), all pages. */
  async list(path: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const r = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.location.bucket,
          Prefix: this.key(path),
          ContinuationToken: token,
          ...this.owner,
        }),
      );
      keys.push(...(r.Contents ?? []).map((o) => o.Key!));
      token = r.IsTruncated ? r.NextContinuationToken : undefined;
    } while (token);
    return keys;
  }

  /**
   * Lists one key under the prefix, with `owner` as the expected bucket owner: a missing bucket is
   * NoSuchBucket, another owner (or no permission) AccessDenied.
   */
  async probe(owner: string | undefined): Promise<void> {
    await this.client.send(
      new ListObjectsV2Command({
        Bucket: this.location.bucket,
        Prefix: this.key(''),
        MaxKeys: 1,
        ExpectedBucketOwner: owner,
      }),
    );
  }

  /** The bucket's Region (GetBucketLocation answers '' for us-east-1 and 'EU' for eu-west-1). */
  async region(): Promise<string> {
    const r = await this.client.send(new GetBucketLocationCommand({ Bucket: this.location.bucket, ...this.owner }));
    const constraint = r.LocationConstraint as string | undefined;
    return !constraint ? 'us-east-1' : constraint === 'EU' ? 'eu-west-1' : constraint;
  }

  /** 'Enabled', 'Suspended', or 'Disabled' for a bucket that was never versioned. */
  async versioning(): Promise<string> {
    const r = await this.client.send(new GetBucketVersioningCommand({ Bucket: this.location.bucket, ...this.owner }));
    return r.Status ?? 'Disabled';
  }

  /** The bucket's default encryption: its algorithm and KMS key, when it names one. */
  async defaultEncryption(): Promise<{ algorithm: string; kmsKey?: string } | undefined> {
    let r;
    try {
      r = await this.client.send(new GetBucketEncryptionCommand({ Bucket: this.location.bucket, ...this.owner }));
    } catch (error) {
      // buckets made before S3 encrypted by default (January 2023) may have no configuration
      if ((error as { name?: string }).name === 'ServerSideEncryptionConfigurationNotFoundError') return undefined;
      throw error;
    }
    const rule = r.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault;
    return rule?.SSEAlgorithm ? { algorithm: rule.SSEAlgorithm, kmsKey: rule.KMSMasterKeyID } : undefined;
  }

  /** The full key back to a path under the prefix. */
  relative(key: string): string {
    return this.location.prefix && key.startsWith(`${this.location.prefix}/`)
      ? key.slice(this.location.prefix.length + 1)
      : key;
  }
}

export const isPreconditionFailed = (error: unknown): boolean => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return (
    e.name === 'PreconditionFailed' ||
    e.$metadata?.httpStatusCode === 412 ||
    e.name === 'ConditionalRequestConflict' ||
    e.$metadata?.httpStatusCode === 409
  );
};
