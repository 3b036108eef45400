/**
 * The bucket of the search index snapshot (stateful stack): one object that the `search-index`
 * function writes whenever the catalog version changes and the functions that search (alexa,
 * google, mcp) read at cold start. Private, encrypted, TLS only, versioned (the previous snapshots
 * stay a week, to look into or roll back), and kept when the stack is deleted, like the rest of the
 * stateful stack.
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  ObjectOwnership,
  type IBucket,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** The snapshot's key; the functions get it as SEARCH_SNAPSHOT_KEY. */
export const SEARCH_SNAPSHOT_KEY = 'search-index/catalog.snapshot';

/** The bucket. */
export class SearchIndexBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      lifecycleRules: [
        {
          noncurrentVersionExpiration: Duration.days(7),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'It holds only the search index, derived from the catalog and rebuilt from it at will, no personal ' +
        'data; only the functions of this app can reach it, and access logs would need a second bucket.',
    });
  }
}

/**
 * Lets `grantee` read the snapshot. Listing the bucket too makes a missing snapshot a 404 rather than
 * a 403, so a function can tell "none yet" from "not allowed".
 */
export function grantSnapshotRead(bucket: IBucket, grantee: IGrantable): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: ['s3:GetObject'],
      resources: [bucket.arnForObjects(SEARCH_SNAPSHOT_KEY)],
    }),
  );
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }),
  );
}

/** Lets `grantee` read and replace the snapshot (the builder). */
export function grantSnapshotWrite(bucket: IBucket, grantee: IGrantable): void {
  grantSnapshotRead(bucket, grantee);
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: ['s3:PutObject'],
      resources: [bucket.arnForObjects(SEARCH_SNAPSHOT_KEY)],
    }),
  );
}
