/**
 * The whole deployment: the stateful stack, then the stateless stack that uses it. Environment-
 * agnostic (no account or region is looked up), so `cdk synth` runs offline; `cdk deploy` takes
 * the account and region from the caller's AWS credentials.
 */
import { Tags, type App } from 'aws-cdk-lib';
import type { FunctionName } from '../constructs/bundle-options';
import { StatefulStack } from './stateful-stack';
import { StatelessStack } from './stateless-stack';

/** Test hooks: where the handlers are (the CDK checks that each entry file exists). */
export interface VoiceCommerceOptions {
  readonly entries?: Partial<Record<FunctionName, string>>;
}

/** The two stacks. */
export interface VoiceCommerceStacks {
  readonly stateful: StatefulStack;
  readonly stateless: StatelessStack;
}

/** Adds both stacks to the app. */
export function addVoiceCommerceStacks(app: App, options: VoiceCommerceOptions = {}): VoiceCommerceStacks {
  const stateful = new StatefulStack(app, 'VoiceCommerceStateful', {
    description: 'Voice commerce: table, shoppers user pool, webhook secret (retained on delete)',
  });
  const stateless = new StatelessStack(app, 'VoiceCommerceStateless', {
    description: 'Voice commerce: functions, HTTP API, order events, alarms',
    table: stateful.table,
    userPool: stateful.userPool,
    userPoolClient: stateful.userPoolClient,
    webhookSecret: stateful.webhookSecret,
    searchIndexBucket: stateful.searchIndexBucket,
    assistantAuth: {
      shopperClientId: stateful.assistants.shopperClient.userPoolClientId,
      serviceClientId: stateful.assistants.serviceClient.userPoolClientId,
      serviceScope: stateful.assistants.serviceScope,
      hostedDomainUrl: stateful.hostedDomainUrl,
    },
    entries: options.entries,
  });
  Tags.of(app).add('app', 'voice-commerce');
  return { stateful, stateless };
}
