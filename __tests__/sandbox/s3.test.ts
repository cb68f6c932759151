// S3 through the real SDK: bytes survive exactly (multipart too), conditional writes hold even
// though s3rver alone ignores them, and signatures, owners and faults are enforced.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { startSandbox, SANDBOX_BUCKET, type Sandbox } from '../../sandbox/index.js';
import { clients } from '../helpers/sandbox.js';

let sandbox: Sandbox;
let s3: S3Client;
before(async () => {
  sandbox = await startSandbox();
  s3 = clients(sandbox).s3;
});
after(() => sandbox.stop());

const read = async (key: string) =>
  Buffer.from(
    await (await s3.send(new GetObjectCommand({ Bucket: SANDBOX_BUCKET, Key: key }))).Body!.transformToByteArray(),
  );

describe('sandbox S3', () => {
  it('returns every byte it was given', async () => {
    const bytes = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), randomBytes(100_000)]);
    await s3.send(new PutObjectCommand({ Bucket: SANDBOX_BUCKET, Key: 'bytes/all.bin', Body: bytes }));
    assert.ok((await read('bytes/all.bin')).equals(bytes));
  });

  it('keeps multipart uploads byte-identical (lib-storage, parallel parts)', async () => {
    const bytes = randomBytes(12 * 1024 * 1024 + 123);
    const upload = new Upload({
      client: s3,
      params: { Bucket: SANDBOX_BUCKET, Key: 'bytes/multipart.bin', Body: bytes },
      partSize: 5 * 1024 * 1024,
      queueSize: 3,
    });
    await upload.done();
    assert.deepEqual(sandbox.calls.of('s3', 'UploadPart').length, 3);
    assert.equal(sandbox.calls.count('s3', 'CompleteMultipartUpload'), 1);
    assert.ok((await read('bytes/multipart.bin')).equals(bytes));
  });

  it('enforces If-None-Match: * (create only)', async () => {
    await s3.send(new PutObjectCommand({ Bucket: SANDBOX_BUCKET, Key: 'cond/a.json', Body: '1', IfNoneMatch: '*' }));
    await assert.rejects(
      s3.send(new PutObjectCommand({ Bucket: SANDBOX_BUCKET, Key: 'cond/a.json', Body: '2', IfNoneMatch: '*' })),
      (e: Error & { $metadata?: { httpStatusCode?: number } }) => {
        assert.equal(e.name, 'PreconditionFailed');
        assert.equal(e.$metadata?.httpStatusCode, 412);
        return true;
      },
    );
    assert.equal((await read('cond/a.json')).toString(), '1');
  });

  it('enforces If-Match on the ETag (compare and swap)', async () => {
    const first = await s3.send(new PutObjectCommand({ Bucket: SANDBOX_BUCKET, Key: 'cond/b.json', Body: 'v1' }));
    await assert.rejects(
      s3.send(
        new PutObjectCommand({
          Bucket: SANDBOX_BUCKET,
          Key: 'cond/b.json',
          Body: 'v2',
          IfMatch: '"0123456789abcdef0123456789abcdef"',
        }),
      ),
      { name: 'PreconditionFailed' },
    );
    await s3.send(
      new PutObjectCommand({ Bucket: SANDBOX_BUCKET, Key: 'cond/b.json', Body: 'v2', IfMatch: first.ETag }),
    );
    assert.equal((await read('cond/b.json')).toString(), 'v2');
    await assert.rejects(
      s3.send(new PutObjectCommand({ Bucket: SANDBOX_BUCKET, Key: 'cond/b.json', Body: 'v3', IfMatch: first.ETag })),
      { name: 'PreconditionFailed' },
    );
  });

  it('lets exactly one of many racing conditional writers win', async () => {
    const head = await s3.send(new PutObjectCommand({ Bucket: SANDBOX_BUCKET, Key: 'cond/race.json', Body: 'base' }));
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        s3.send(
          new PutObjectCommand({
            Bucket: SANDBOX_BUCKET,
            Key: 'cond/race.json',
            Body: `writer ${i}`,
            IfMatch: head.ETag,
          }),
        ),
      ),
    );
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    assert.equal(
      results.filter((r) => r.status === 'rejected' && (r.reason as Error).name === 'PreconditionFailed').length,
      7,
    );
  });

  it('checks ExpectedBucketOwner', async () => {
    await s3.send(
      new HeadObjectCommand({ Bucket: SANDBOX_BUCKET, Key: 'bytes/all.bin', ExpectedBucketOwner: '123456789012' }),
    );
    await assert.rejects(
      s3.send(
        new HeadObjectCommand({ Bucket: SANDBOX_BUCKET, Key: 'bytes/all.bin', ExpectedBucketOwner: '999999999999' }),
      ),
      (e: Error & { $metadata?: { httpStatusCode?: number } }) => e.$metadata?.httpStatusCode === 403,
    );
  });

  it('verifies signatures: a wrong secret is refused', async () => {
    const wrong = clients(sandbox, { accessKeyId: 'AKIASANDBOX000000001', secretAccessKey: 'not-the-secret' }).s3;
    await assert.rejects(wrong.send(new PutObjectCommand({ Bucket: SANDBOX_BUCKET, Key: 'x', Body: 'x' })), {
      name: 'SignatureDoesNotMatch',
    });
  });

  it('injects SlowDown and 5xx faults, which the SDK retries', async () => {
    sandbox.faults.s3.faults = { throttle: 1, operations: ['PutObject'] };
    const once = clients(sandbox, undefined, 1).s3;
    await assert.rejects(once.send(new PutObjectCommand({ Bucket: SANDBOX_BUCKET, Key: 'f', Body: 'x' })), {
      name: 'SlowDown',
    });
    sandbox.faults.s3.faults = { errors: 0.5, operations: ['PutObject'] };
    const patient = clients(sandbox, undefined, 10).s3;
    for (let i = 0; i < 5; i++)
      await patient.send(new PutObjectCommand({ Bucket: SANDBOX_BUCKET, Key: `f${i}`, Body: 'x' }));
    assert.ok(
      sandbox.calls.of('s3', 'PutObject').some((c) => c.fault === 'error'),
      'some calls failed and were retried',
    );
    sandbox.faults.s3.faults = {};
  });
});
