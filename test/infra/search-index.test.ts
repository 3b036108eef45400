/**
 * The search index snapshot in the templates: the stateful stack's bucket (private, encrypted,
 * versioned, TLS only, kept), read by the functions that search (the voice functions and mcp),
 * written by the `search-index` function only, which the table's stream wakes for the catalog
 * version marker alone.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { catalogVersionKey } from '../../lambda/adapters/dynamodb/keys';
import { DEFAULT_SNAPSHOT_KEY } from '../../lambda/config';
import { SEARCH_SNAPSHOT_KEY } from '../../infra/constructs/search-index-bucket';
import { CATALOG_VERSION_KEY } from '../../infra/constructs/search-index-builder';
import { only, resources, synthApp, type Resource } from './synth-app';

const { stateful$, stateless$ } = synthApp();
const functions = resources(stateless$, 'AWS::Lambda::Function');
const fn = (name: string): [string, Resource] =>
  functions.find(([, f]) => f.Properties.Description === `voice commerce: ${name}`)!;
const env = (name: string) =>
  (fn(name)[1].Properties.Environment as { Variables: Record<string, unknown> }).Variables;
const statementsOf = (name: string): { Action: string | string[]; Resource: unknown }[] => {
  const role = (fn(name)[1].Properties.Role as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0]!;
  return resources(stateless$, 'AWS::IAM::Policy')
    .filter(([, p]) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === role))
    .flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: never[] }).Statement);
};
const s3Actions = (name: string): string[] =>
  statementsOf(name)
    .flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]))
    .filter((a) => a.startsWith('s3:'))
    .sort();
const resourceOf = (name: string, action: string): string =>
  JSON.stringify(statementsOf(name).find((s) => [s.Action].flat().includes(action))?.Resource);

describe('the search index bucket', () => {
  const [bucketId, bucket] = only(stateful$, 'AWS::S3::Bucket');

  it('is encrypted, versioned, private and kept when the stack goes', () => {
    expect(bucket.Properties).toMatchObject({
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      VersioningConfiguration: { Status: 'Enabled' },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    });
    expect(bucket.DeletionPolicy).toBe('Retain');
    expect(JSON.stringify(bucket.Properties.LifecycleConfiguration)).toContain('"NoncurrentDays":7');
  });

  it('refuses plain HTTP', () => {
    stateful$.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('is named in the outputs and given to the functions with the key they read by default', () => {
    expect(Object.keys(stateful$.findOutputs('SearchIndexBucketName'))).toHaveLength(1);
    expect(SEARCH_SNAPSHOT_KEY).toBe(DEFAULT_SNAPSHOT_KEY);
    for (const name of ['alexa', 'google', 'mcp', 'search-index']) {
      expect(env(name)).toMatchObject({
        SEARCH_SNAPSHOT_BUCKET: { 'Fn::ImportValue': expect.stringMatching(/SearchIndex/) as unknown },
        SEARCH_SNAPSHOT_KEY,
      });
    }
  });
});

describe('who may use the snapshot', () => {
  it('lets the functions that search read the snapshot object (and list the bucket, so a missing one is a 404)', () => {
    for (const name of ['alexa', 'google', 'mcp']) {
      expect(s3Actions(name)).toEqual(['s3:GetObject', 's3:ListBucket']);
      expect(resourceOf(name, 's3:GetObject')).toContain(`/${SEARCH_SNAPSHOT_KEY}`);
    }
  });

  it('lets only the builder write it, and nothing else touch the bucket', () => {
    expect(s3Actions('search-index')).toEqual(['s3:GetObject', 's3:ListBucket', 's3:PutObject']);
    expect(resourceOf('search-index', 's3:PutObject')).toContain(`/${SEARCH_SNAPSHOT_KEY}`);
    expect(s3Actions('merchant-api')).toEqual([]);
    expect(s3Actions('events')).toEqual([]);
  });

  it('lets the builder read the table and its stream, and write no item', () => {
    const actions = statementsOf('search-index').flatMap((s) => [s.Action].flat());
    expect(actions).toEqual(
      expect.arrayContaining(['dynamodb:Query', 'dynamodb:BatchGetItem', 'dynamodb:GetRecords']),
    );
    expect(actions.filter((a) => /dynamodb:(Put|Update|Delete|BatchWrite)/.test(a))).toEqual([]);
  });
});

describe('the builder', () => {
  const [, mapping] = only(stateless$, 'AWS::Lambda::EventSourceMapping', {
    FunctionName: { Ref: fn('search-index')[0] },
  });

  it('is woken by the catalog version marker only, a few seconds of changes at a time, in order', () => {
    expect(CATALOG_VERSION_KEY).toEqual(catalogVersionKey());
    const filters = (mapping.Properties.FilterCriteria as { Filters: { Pattern: string }[] }).Filters;
    expect(filters.map((f) => JSON.parse(f.Pattern) as unknown)).toEqual([
      {
        eventName: ['INSERT', 'MODIFY'],
        dynamodb: { Keys: { pk: { S: ['CATALOG'] }, sk: { S: ['VERSION'] } } },
      },
    ]);
    expect(mapping.Properties).toMatchObject({
      StartingPosition: 'LATEST',
      MaximumBatchingWindowInSeconds: 5,
      ParallelizationFactor: 1,
      MaximumRetryAttempts: 2,
      BisectBatchOnFunctionError: false,
    });
  });

  it('has the memory and time to index a large catalog', () => {
    expect(fn('search-index')[1].Properties).toMatchObject({ MemorySize: 2048, Timeout: 300 });
  });
});
