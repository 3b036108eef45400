/**
 * The search snapshot as an S3 object (the bucket of the stateful stack: encrypted, versioned, private).
 * A read sends the ETag it already has, so an unchanged object costs no download; a write is a
 * conditional PUT (If-Match the ETag read, or If-None-Match for a first snapshot), so a builder never
 * replaces a snapshot it did not read. A PUT is atomic: readers see the old object or the new one.
 */
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { Agent } from 'node:https';
import { SnapshotConflict, type SnapshotRead, type SnapshotStore } from './snapshot-store';

/** Where the object is. */
export interface S3SnapshotLocation {
  readonly bucket: string;
  readonly key: string;
  readonly region: string;
  /** Another S3 endpoint (an S3-compatible server). */
  readonly endpoint?: string;
}

function status(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}

/** Creates the S3 client once per container: explicit timeouts, keep-alive. */
export function createS3Client(location: S3SnapshotLocation): S3Client {
  return new S3Client({
    region: location.region,
    maxAttempts: 3,
    ...(location.endpoint ? { endpoint: location.endpoint, forcePathStyle: true } : {}),
    requestHandler: new NodeHttpHandler({
      connectionTimeout: 1000,
      // Time without a byte, not for the whole download: a large snapshot streams for longer.
      requestTimeout: 5000,
      httpsAgent: new Agent({ keepAlive: true }),
    }),
  });
}

/** A snapshot slot in one S3 object. */
export class S3SnapshotStore implements SnapshotStore {
  readonly location: string;

  constructor(
    private readonly client: S3Client,
    private readonly where: S3SnapshotLocation,
  ) {
    this.location = `s3://${where.bucket}/${where.key}`;
  }

  /** The object's snapshot; `unchanged` on 304, `missing` on 404. */
  async read(knownTag?: string): Promise<SnapshotRead> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({
          Bucket: this.where.bucket,
          Key: this.where.key,
          ...(knownTag ? { IfNoneMatch: knownTag } : {}),
        }),
      );
      const bytes = await object.Body!.transformToByteArray();
      return { bytes, tag: object.ETag ?? '' };
    } catch (error) {
      if (status(error) === 304) return 'unchanged';
      if (status(error) === 404) return 'missing';
      throw error;
    }
  }

  /** PUTs the snapshot only over the object read (`expected` ETag), or only where none is (`missing`). */
  async write(bytes: Uint8Array, expected: string): Promise<void> {
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.where.bucket,
          Key: this.where.key,
          Body: bytes,
          ContentType: 'application/octet-stream',
          ...(expected === 'missing' ? { IfNoneMatch: '*' } : { IfMatch: expected }),
        }),
      );
    } catch (error) {
      // 412: the object is not the one read; 409: another conditional write is in progress.
      if (status(error) === 412 || status(error) === 409) throw new SnapshotConflict(this.location);
      throw error;
    }
  }
}
