/**
 * The stateless stack: the six functions, the HTTP API, the Alexa invoke permission, the order
 * events pipeline, the search index builder's stream trigger, the alarms and the conversation
 * dashboard. It holds no data, so it can be destroyed and redeployed freely.
 */
import { CfnOutput, Duration, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import type { UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { join, resolve } from 'node:path';
import { AppFunction } from '../constructs/app-function';
import { AssistantServer, type AssistantAuth } from '../constructs/assistant-server';
import { CONVERSATION_METRICS_NAMESPACE, ConversationDashboard } from '../constructs/conversation-dashboard';
import type { FunctionName } from '../constructs/bundle-options';
import { addFunctionAlarms } from '../constructs/function-alarms';
import { OrderEvents } from '../constructs/order-events';
import { PublicApi } from '../constructs/public-api';
import { grantSnapshotRead, SEARCH_SNAPSHOT_KEY } from '../constructs/search-index-bucket';
import { SearchIndexBuilder } from '../constructs/search-index-builder';
import { grantItemReadWrite } from '../constructs/table-access';
import { contextString, logRetention, PATTERNS, setting } from './settings';

/** The repository root (package-lock.json, tsconfig.json, lambda/). */
export const PROJECT_ROOT = resolve(__dirname, '../..');

/** Where a function's handler lives: lambda/handlers/<name>.ts. */
export function handlerEntry(name: FunctionName): string {
  return join(PROJECT_ROOT, 'lambda', 'handlers', `${name}.ts`);
}

/** The stateful resources this stack uses, and optional handler paths (tests point them elsewhere). */
export interface StatelessStackProps extends StackProps {
  readonly table: ITable;
  readonly userPool: UserPool;
  readonly userPoolClient: UserPoolClient;
  readonly webhookSecret: ISecret;
  readonly searchIndexBucket: IBucket;
  /** The app clients AI assistants sign in with (the mcp function). */
  readonly assistantAuth: AssistantAuth;
  readonly entries?: Partial<Record<FunctionName, string>>;
}

/** Functions, API, permissions, event pipeline and alarms. */
export class StatelessStack extends Stack {
  readonly functions: Record<FunctionName, AppFunction>;
  readonly alarmTopic: Topic;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const entry = (name: FunctionName): string => props.entries?.[name] ?? handlerEntry(name);
    const retention = logRetention(this);
    const logLevel = contextString(this, 'logLevel') ?? 'info';
    const skillId = setting(this, {
      key: 'alexaSkillId',
      parameter: 'AlexaSkillId',
      description: 'The Alexa skill ID (amzn1.ask.skill.…) allowed to invoke the alexa function',
      pattern: PATTERNS.skillId,
      expected: 'an Alexa skill ID (amzn1.ask.skill.<uuid>)',
    });
    const googleProjectId = setting(this, {
      key: 'googleProjectId',
      parameter: 'GoogleProjectId',
      description: 'The Actions on Google project id whose signed requests the google function accepts',
      pattern: PATTERNS.googleProjectId,
      expected: 'a Google Cloud project id (6-30 lowercase letters, digits, hyphens)',
    });
    const webhookUrl = setting(this, {
      key: 'merchantWebhookUrl',
      parameter: 'MerchantWebhookUrl',
      description: 'The https URL that receives order events; empty sends none',
      pattern: PATTERNS.optionalHttpsUrl,
      expected: 'an https:// URL',
      defaultValue: '',
    });
    const paymentWebhookUrl = contextString(this, 'paymentWebhookUrl');
    const shared = {
      TABLE_NAME: props.table.tableName,
      COGNITO_USER_POOL_ID: props.userPool.userPoolId,
      COGNITO_CLIENT_ID: props.userPoolClient.userPoolClientId,
      LOG_LEVEL: logLevel,
      ...(paymentWebhookUrl
        ? {
            PAYMENT_MODE: 'merchant_webhook',
            PAYMENT_WEBHOOK_URL: paymentWebhookUrl,
            // Charges and releases are signed with the same secret as order events.
            MERCHANT_WEBHOOK_SECRET_ARN: props.webhookSecret.secretArn,
          }
        : {}),
    };
    // Every function that may charge or release a payment reads the secret it signs with.
    const mayPay = (fn: AppFunction): void => {
      if (paymentWebhookUrl) props.webhookSecret.grantRead(fn.fn);
    };
    // Where the functions that search read the builder's index snapshot.
    const snapshot = { SEARCH_SNAPSHOT_BUCKET: props.searchIndexBucket.bucketName, SEARCH_SNAPSHOT_KEY };

    this.alarmTopic = new Topic(this, 'Alarms', { displayName: 'Voice commerce alarms', enforceSSL: true });
    Validations.of(this.alarmTopic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Alarm notifications carry only alarm names and states, no personal data; CloudWatch cannot publish ' +
        'to a topic under the AWS-managed SNS key, and a customer key would cost every store a monthly fee.',
    });
    const alarmEmail = contextString(this, 'alarmEmail');
    if (alarmEmail) this.alarmTopic.addSubscription(new EmailSubscription(alarmEmail));

    const voice = (name: 'alexa' | 'google', environment: Record<string, string>): AppFunction => {
      const fn = new AppFunction(this, name === 'alexa' ? 'Alexa' : 'Google', {
        name,
        entry: entry(name),
        projectRoot: PROJECT_ROOT,
        // Alexa waits 8 s and Google 10 s: answer, or fail, before the platform gives up.
        timeout: Duration.seconds(7),
        memorySize: 1024,
        logRetention: retention,
        environment: {
          ...shared,
          ...snapshot,
          POWERTOOLS_METRICS_NAMESPACE: CONVERSATION_METRICS_NAMESPACE,
          ...environment,
        },
      });
      grantItemReadWrite(props.table, fn.fn);
      mayPay(fn);
      grantSnapshotRead(props.searchIndexBucket, fn.fn);
      addFunctionAlarms(fn, name, fn.fn, this.alarmTopic, 3000);
      return fn;
    };
    const alexa = voice('alexa', { ALEXA_SKILL_ID: skillId });
    const google = voice('google', { GOOGLE_PROJECT_ID: googleProjectId });
    // Only this skill may invoke the function (DESIGN.md section 13); the handler checks the ID too.
    alexa.fn.addPermission('AlexaSkill', {
      principal: new ServicePrincipal('alexa-appkit.amazon.com'),
      action: 'lambda:InvokeFunction',
      eventSourceToken: skillId,
    });

    new ConversationDashboard(this, 'Conversation', {
      logGroups: [alexa.logGroup, google.logGroup],
      dashboardName: `${this.stackName}-conversation`,
    });

    const merchantApi = new AppFunction(this, 'MerchantApi', {
      name: 'merchant-api',
      entry: entry('merchant-api'),
      projectRoot: PROJECT_ROOT,
      timeout: Duration.seconds(10),
      memorySize: 512,
      logRetention: retention,
      environment: shared,
    });
    grantItemReadWrite(props.table, merchantApi.fn);
    mayPay(merchantApi);
    addFunctionAlarms(merchantApi, 'merchant-api', merchantApi.fn, this.alarmTopic, 5000);

    const events = new OrderEvents(this, 'OrderEvents', {
      table: props.table,
      entry: entry('events'),
      projectRoot: PROJECT_ROOT,
      webhookUrl,
      webhookSecret: props.webhookSecret,
      logRetention: retention,
      logLevel,
      alarmTopic: this.alarmTopic,
      ...idleAndAlexa(this),
    });

    const api = new PublicApi(this, 'PublicApi', {
      google: google.fn,
      merchantApi: merchantApi.fn,
      logRetention: retention,
    });
    const mcp = new AssistantServer(this, 'Mcp', {
      entry: entry('mcp'),
      projectRoot: PROJECT_ROOT,
      table: props.table,
      api: api.api,
      stage: api.stage,
      auth: props.assistantAuth,
      environment: { ...shared, ...snapshot },
      logRetention: retention,
      alarmTopic: this.alarmTopic,
    });
    // The assistants search the catalog too: the builder's snapshot spares each container a build.
    grantSnapshotRead(props.searchIndexBucket, mcp.function.fn);
    // place_order charges too.
    mayPay(mcp.function);

    const searchIndex = new SearchIndexBuilder(this, 'SearchIndex', {
      table: props.table,
      bucket: props.searchIndexBucket,
      entry: entry('search-index'),
      projectRoot: PROJECT_ROOT,
      logRetention: retention,
      logLevel,
      alarmTopic: this.alarmTopic,
    });

    this.functions = {
      alexa,
      google,
      'merchant-api': merchantApi,
      events: events.function,
      mcp: mcp.function,
      'search-index': searchIndex.function,
    };

    new CfnOutput(this, 'AlexaFunctionArn', {
      value: alexa.fn.functionArn,
      description: 'Put into skill-package/skill.json: manifest.apis.custom.endpoint.uri',
    });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarmTopic.topicArn });
    new CfnOutput(this, 'SearchIndexFunctionName', {
      value: searchIndex.function.fn.functionName,
      description: 'Invoke it once to build the search index of a catalog loaded before this deploy',
    });
  }
}

/** The idle time of carts and the skill's client id for order updates, from context when given. */
function idleAndAlexa(scope: Construct): { cartIdleHours?: string; alexaClientId?: string } {
  const hours = contextString(scope, 'cartIdleHours');
  if (hours !== undefined && !/^\d+(\.\d+)?$/.test(hours)) {
    throw new Error(`cartIdleHours: expected a number of hours, got ${hours}`);
  }
  const clientId = contextString(scope, 'alexaClientId');
  if (clientId !== undefined && !/^amzn1\.application-oa2-client\.[0-9a-f]+$/.test(clientId)) {
    throw new Error(`alexaClientId: expected amzn1.application-oa2-client.<hex>, got ${clientId}`);
  }
  return { ...(hours ? { cartIdleHours: hours } : {}), ...(clientId ? { alexaClientId: clientId } : {}) };
}
