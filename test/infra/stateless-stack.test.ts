/**
 * The stateless stack's template: the six functions (runtime, architecture, timeouts, settings,
 * log groups), least-privilege roles, the Alexa permission, the HTTP API and the alarms.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { handlerEntry, PROJECT_ROOT } from '../../infra/stacks/stateless-stack';
import { only, resources, STORE_CONTEXT, synthApp, type Resource } from './synth-app';

const { stateless$ } = synthApp();
const functions = resources(stateless$, 'AWS::Lambda::Function');
const byDescription = (name: string): [string, Resource] =>
  functions.find(([, fn]) => fn.Properties.Description === `voice commerce: ${name}`)!;
const env = (name: string) =>
  (byDescription(name)[1].Properties.Environment as { Variables: Record<string, unknown> }).Variables;
const policyOf = (name: string): string => {
  const role = (byDescription(name)[1].Properties.Role as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0]!;
  const [, policy] = resources(stateless$, 'AWS::IAM::Policy').find(([, p]) =>
    (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === role),
  )!;
  return JSON.stringify(policy.Properties.PolicyDocument);
};

describe('functions', () => {
  it('are alexa, google, merchant-api, events, mcp and search-index, each from lambda/handlers/<name>.ts', () => {
    expect(functions.map(([, fn]) => fn.Properties.Description)).toEqual(
      ['alexa', 'google', 'merchant-api', 'events', 'mcp', 'search-index'].map((n) => `voice commerce: ${n}`),
    );
    expect(handlerEntry('mcp')).toBe(join(PROJECT_ROOT, 'lambda', 'handlers', 'mcp.ts'));
    expect(handlerEntry('merchant-api')).toBe(join(PROJECT_ROOT, 'lambda', 'handlers', 'merchant-api.ts'));
  });

  it('run Node.js 24 on arm64 with the bundle’s `handler` export', () => {
    for (const [, fn] of functions) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
      });
    }
  });

  it('give the voice functions less than Alexa’s 8 seconds', () => {
    expect(byDescription('alexa')[1].Properties.Timeout).toBeLessThan(8);
    expect(byDescription('google')[1].Properties.Timeout).toBeLessThan(8);
  });

  it('pass the settings under the names the lambda config files read', () => {
    const known = new Set(
      ['config.ts', 'notify-config.ts', 'assistant-config.ts'].flatMap((file) =>
        [
          ...readFileSync(join(PROJECT_ROOT, 'lambda', file), 'utf8').matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm),
        ].map((m) => m[1]),
      ),
    );
    for (const name of ['alexa', 'google', 'merchant-api', 'events', 'search-index']) {
      expect(Object.keys(env(name)).filter((key) => !known.has(key))).toEqual([]);
    }
    expect(env('alexa')).toMatchObject({
      ALEXA_SKILL_ID: STORE_CONTEXT.alexaSkillId,
      TABLE_NAME: { 'Fn::ImportValue': expect.stringMatching(/CommerceTable/) as unknown },
      COGNITO_USER_POOL_ID: { 'Fn::ImportValue': expect.stringMatching(/UserPool/) as unknown },
      COGNITO_CLIENT_ID: { 'Fn::ImportValue': expect.stringMatching(/VoiceClient/) as unknown },
    });
    expect(env('google')).toMatchObject({ GOOGLE_PROJECT_ID: STORE_CONTEXT.googleProjectId });
    expect(env('events')).toMatchObject({
      MERCHANT_WEBHOOK_URL: STORE_CONTEXT.merchantWebhookUrl,
      MERCHANT_WEBHOOK_SECRET_ARN: { 'Fn::ImportValue': expect.stringMatching(/WebhookSecret/) as unknown },
    });
  });

  it('log to their own log group with the retention from context', () => {
    const groups = Object.fromEntries(resources(stateless$, 'AWS::Logs::LogGroup'));
    for (const [, fn] of functions) {
      const group = (fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      expect(groups[group]?.Properties).toMatchObject({ RetentionInDays: 30 });
    }
    const longer = synthApp({ ...STORE_CONTEXT, logRetentionDays: 90 }).stateless$;
    expect(resources(longer, 'AWS::Logs::LogGroup').map(([, g]) => g.Properties.RetentionInDays)).toEqual([
      90, 90, 90, 90, 90, 90, 90,
    ]);
  });
});

describe('permissions', () => {
  it('let the voice functions and the merchant API use items of the table and its index, nothing more', () => {
    for (const name of ['alexa', 'google', 'merchant-api']) {
      const policy = policyOf(name);
      expect(policy).toContain('dynamodb:PutItem');
      expect(policy).toContain('/index/gsi1');
      expect(policy).not.toMatch(/\*"|secretsmanager|sqs:|GetRecords|dynamodb:\*/);
    }
  });

  it('let the events function read the stream and the webhook secret, items of the table, and schedules of its group', () => {
    const policy = policyOf('events');
    expect(policy).toMatch(/dynamodb:GetRecords.*StreamArn/);
    expect(policy).toMatch(/secretsmanager:GetSecretValue.*WebhookSecret/);
    // Contact records (consents, notices), carts for idle checks, the seller's name.
    expect(policy).toMatch(/dynamodb:UpdateItem/);
    expect(policy).toMatch(/scheduler:CreateSchedule.*schedule\/VoiceCommerceStateless-idle-carts\/\*/);
    expect(policy).toMatch(/iam:PassRole/);
  });

  it('give EventBridge Scheduler a group for idle carts and a role that invokes the events function only', () => {
    stateless$.hasResourceProperties('AWS::Scheduler::ScheduleGroup', {
      Name: 'VoiceCommerceStateless-idle-carts',
    });
    const roles = resources(stateless$, 'AWS::IAM::Role').filter(([, role]) =>
      JSON.stringify(role.Properties.AssumeRolePolicyDocument).includes('scheduler.amazonaws.com'),
    );
    expect(roles).toHaveLength(1);
  });

  it('attach no AWS managed policy to any role', () => {
    for (const [, role] of resources(stateless$, 'AWS::IAM::Role')) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });

  it('let only the configured Alexa skill invoke the alexa function', () => {
    stateless$.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: STORE_CONTEXT.alexaSkillId,
      FunctionName: { 'Fn::GetAtt': [byDescription('alexa')[0], 'Arn'] },
    });
    const alexaCallers = resources(stateless$, 'AWS::Lambda::Permission', {
      Principal: 'alexa-appkit.amazon.com',
    });
    expect(alexaCallers.map(([, p]) => p.Properties.EventSourceToken)).toEqual([STORE_CONTEXT.alexaSkillId]);
  });
});

describe('the HTTP API', () => {
  it('routes POST /google and the merchant API (IAM-signed) with payload format 2.0', () => {
    only(stateless$, 'AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    only(stateless$, 'AWS::ApiGatewayV2::Route', { RouteKey: 'POST /google', AuthorizationType: 'NONE' });
    // Google calls `<baseUrl>:turn`; the published base URL is /google/webhook.
    only(stateless$, 'AWS::ApiGatewayV2::Route', {
      RouteKey: 'POST /google/{proxy+}',
      AuthorizationType: 'NONE',
    });
    expect(JSON.stringify(stateless$.findOutputs('GoogleWebhookUrl'))).toContain('google/webhook');
    only(stateless$, 'AWS::ApiGatewayV2::Route', {
      RouteKey: 'ANY /api/{proxy+}',
      AuthorizationType: 'AWS_IAM',
    });
    const integrations = resources(stateless$, 'AWS::ApiGatewayV2::Integration').map(([, i]) => i);
    expect(
      integrations.map((i) => [i.Properties.IntegrationType, i.Properties.PayloadFormatVersion]),
    ).toEqual([
      ['AWS_PROXY', '2.0'],
      ['AWS_PROXY', '2.0'],
      ['AWS_PROXY', '2.0'],
    ]);
    const targets = JSON.stringify(integrations.map((i) => i.Properties.IntegrationUri));
    expect(targets).toContain(byDescription('google')[0]);
    expect(targets).toContain(byDescription('merchant-api')[0]);
  });

  it('logs access without personal data and throttles its default stage', () => {
    const [, stage] = only(stateless$, 'AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
    });
    const format = (stage.Properties.AccessLogSettings as { Format: string }).Format;
    expect(JSON.parse(format)).toMatchObject({ requestId: '$context.requestId', status: '$context.status' });
    expect(format).not.toContain('sourceIp');
    expect(stage.Properties.DefaultRouteSettings).toMatchObject({ ThrottlingRateLimit: 50 });
  });
});
