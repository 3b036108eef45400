/**
 * The stateful stack: what must survive every redeploy. The table, the shoppers' user pool with
 * its hosted sign-in domain, the voice platforms' app client and the AI assistants' clients, the
 * merchant webhook's signing secret, and the bucket of the search index snapshot.
 */
import { CfnOutput, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Secret, type ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { AccountLinking } from '../constructs/account-linking';
import { AssistantClients } from '../constructs/assistant-clients';
import { CommerceTable } from '../constructs/commerce-table';
import { SearchIndexBucket } from '../constructs/search-index-bucket';
import { contextString, PATTERNS, setting, urlListSetting } from './settings';

/** The stateful resources, for the stateless stack to use. */
export class StatefulStack extends Stack {
  readonly table: Table;
  readonly userPool: UserPool;
  readonly userPoolClient: UserPoolClient;
  readonly assistants: AssistantClients;
  /** The hosted sign-in domain, https://<prefix>.auth.<region>.amazoncognito.com */
  readonly hostedDomainUrl: string;
  readonly webhookSecret: ISecret;
  readonly searchIndexBucket: Bucket;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    this.table = new CommerceTable(this, 'Commerce').table;
    this.searchIndexBucket = new SearchIndexBucket(this, 'SearchIndex').bucket;

    const callbackUrls = urlListSetting(
      this,
      ['alexaRedirectUrls', 'googleRedirectUrls'],
      'OAuthCallbackUrls',
      "Alexa's and Google's account-linking redirect URLs, comma-separated",
    );
    const linking = new AccountLinking(this, 'AccountLinking', {
      storeName: contextString(this, 'storeName') ?? 'Voice Commerce',
      domainPrefix: setting(this, {
        key: 'cognitoDomainPrefix',
        parameter: 'CognitoDomainPrefix',
        description: 'Prefix of the hosted sign-in domain, unique in the region (e.g. mystore-voice)',
        pattern: PATTERNS.domainPrefix,
        expected: 'lowercase letters, digits and hyphens (1-63), not starting or ending with a hyphen',
      }),
      callbackUrls,
    });
    this.userPool = linking.userPool;
    this.userPoolClient = linking.client;
    this.hostedDomainUrl = linking.domain.baseUrl();
    // An Alexa+ add-on links accounts like a skill; other assistants name their own redirect URLs.
    const assistantUrls = contextString(this, 'assistantRedirectUrls');
    this.assistants = new AssistantClients(this, 'Assistants', {
      userPool: this.userPool,
      callbackUrls: assistantUrls
        ? urlListSetting(this, ['assistantRedirectUrls'], 'AssistantCallbackUrls', 'Assistant redirect URLs')
        : callbackUrls,
    });

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
    new CfnOutput(this, 'AssistantClientId', {
      value: this.assistants.shopperClient.userPoolClientId,
      description: 'AI assistants (Alexa+ add-on): the account-linking client (authorization code with PKCE)',
    });
    new CfnOutput(this, 'AssistantServiceClientId', {
      value: this.assistants.serviceClient.userPoolClientId,
      description: `AI assistants (Alexa+ add-on): the client-credentials client, scope ${this.assistants.serviceScope}`,
    });
    new CfnOutput(this, 'WebhookSecretArn', { value: this.webhookSecret.secretArn });
    new CfnOutput(this, 'SearchIndexBucketName', { value: this.searchIndexBucket.bucketName });
  }
}
