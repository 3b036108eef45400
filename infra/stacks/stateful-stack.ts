/**
 * The stateful stack: what must survive every redeploy. The table, the shoppers' user pool with
 * its hosted sign-in domain and app client, the merchant webhook's signing secret, and the bucket of
 * the search index snapshot.
 */
import { CfnOutput, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Secret, type ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { AccountLinking } from '../constructs/account-linking';
import { CommerceTable } from '../constructs/commerce-table';
import { SearchIndexBucket } from '../constructs/search-index-bucket';
import { contextString, PATTERNS, setting, urlListSetting } from './settings';

/** The stateful resources, for the stateless stack to use. */
export class StatefulStack extends Stack {
  readonly table: Table;
  readonly userPool: UserPool;
  readonly userPoolClient: UserPoolClient;
  readonly webhookSecret: ISecret;
  readonly searchIndexBucket: Bucket;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    this.table = new CommerceTable(this, 'Commerce').table;
    this.searchIndexBucket = new SearchIndexBucket(this, 'SearchIndex').bucket;

    const linking = new AccountLinking(this, 'AccountLinking', {
      storeName: contextString(this, 'storeName') ?? 'Voice Commerce',
      domainPrefix: setting(this, {
        key: 'cognitoDomainPrefix',
        parameter: 'CognitoDomainPrefix',
        description: 'Prefix of the hosted sign-in domain, unique in the region (e.g. mystore-voice)',
        pattern: PATTERNS.domainPrefix,
        expected: 'lowercase letters, digits and hyphens (1-63), not starting or ending with a hyphen',
      }),
      callbackUrls: urlListSetting(
        this,
        ['alexaRedirectUrls', 'googleRedirectUrls'],
        'OAuthCallbackUrls',
        "Alexa's and Google's account-linking redirect URLs, comma-separated",
      ),
    });
    this.userPool = linking.userPool;
    this.userPoolClient = linking.client;

    const secretArn = contextString(this, 'merchantWebhookSecretArn');
    if (secretArn) {
      this.webhookSecret = Secret.fromSecretCompleteArn(this, 'WebhookSecret', secretArn);
    } else {
      const secret = new Secret(this, 'WebhookSecret', {
        description:
          'Signs order events sent to the merchant webhook (HMAC-SHA256); the merchant verifies with it',
        generateSecretString: { passwordLength: 48, excludePunctuation: true },
        removalPolicy: RemovalPolicy.RETAIN,
      });
      Validations.of(secret).acknowledge({
        id: 'AwsSolutions-SMG4',
        reason:
          'A shared signing key the merchant also holds: rotating it needs the merchant to accept both keys ' +
          'for a while, so it is rotated by hand (put a new value, then update the receiver).',
      });
      this.webhookSecret = secret;
    }

    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'AccountLinkingClientId', { value: this.userPoolClient.userPoolClientId });
    new CfnOutput(this, 'AuthorizationUri', {
      value: `${linking.domain.baseUrl()}/oauth2/authorize`,
      description: 'Your Web Authorization URI (Alexa) / Authorization URL (Google)',
    });
    new CfnOutput(this, 'AccessTokenUri', {
      value: `${linking.domain.baseUrl()}/oauth2/token`,
      description: 'Access Token URI (Alexa) / Token URL (Google)',
    });
    new CfnOutput(this, 'WebhookSecretArn', { value: this.webhookSecret.secretArn });
    new CfnOutput(this, 'SearchIndexBucketName', { value: this.searchIndexBucket.bucketName });
  }
}
