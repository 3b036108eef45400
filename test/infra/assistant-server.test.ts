/**
 * What the stacks deploy for AI assistants: the resource server and the two assistant app clients
 * on the shoppers' pool (client credentials; authorization code), and the mcp function with its
 * settings, routes, table access, alarms and outputs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASSISTANT_SERVICE_SCOPE } from '../../lambda/adapters/identity/local-token';
import { PROJECT_ROOT } from '../../infra/stacks/stateless-stack';
import { only, resources, STORE_CONTEXT, synthApp, type Resource } from './synth-app';

const { stateful$, stateless$ } = synthApp();
const client = (name: string): Resource =>
  only(stateful$, 'AWS::Cognito::UserPoolClient', { ClientName: name })[1];
const [mcpId, mcp] = resources(stateless$, 'AWS::Lambda::Function').find(
  ([, fn]) => fn.Properties.Description === 'voice commerce: mcp',
)!;
const env = (mcp.Properties.Environment as { Variables: Record<string, unknown> }).Variables;

describe('the assistants’ sign-in (stateful stack)', () => {
  it('has a resource server whose one scope is the service scope the function expects', () => {
    const [, server] = only(stateful$, 'AWS::Cognito::UserPoolResourceServer');
    expect(server.Properties).toMatchObject({
      Identifier: 'voice-commerce',
      Scopes: [expect.objectContaining({ ScopeName: 'catalog.read' })],
    });
    expect(`${server.Properties.Identifier as string}/catalog.read`).toBe(ASSISTANT_SERVICE_SCOPE);
  });

  it('has a service client with the client-credentials grant only, a secret and that scope', () => {
    const [serverId] = only(stateful$, 'AWS::Cognito::UserPoolResourceServer');
    expect(client('assistant-service').Properties).toMatchObject({
      AllowedOAuthFlows: ['client_credentials'],
      AllowedOAuthFlowsUserPoolClient: true,
      GenerateSecret: true,
      // The resource server's identifier (its Ref), then the scope name.
      AllowedOAuthScopes: [{ 'Fn::Join': ['', [{ Ref: serverId }, '/catalog.read']] }],
    });
  });

  it('has a shopper client with the authorization-code grant, redirecting where account linking does', () => {
    const props = client('assistant-shopper').Properties;
    expect(props).toMatchObject({
      AllowedOAuthFlows: ['code'],
      GenerateSecret: true,
      CallbackURLs: client('alexa-and-google').Properties.CallbackURLs,
      EnableTokenRevocation: true,
    });
    expect(props.AllowedOAuthScopes).toEqual(expect.arrayContaining(['openid', 'email', 'profile']));
  });

  it('takes the assistants’ own redirect URLs from context, and checks them', () => {
    const own = 'https://assistant.example.com/oauth/callback';
    const { stateful$: custom } = synthApp({ ...STORE_CONTEXT, assistantRedirectUrls: own });
    const [, shopper] = only(custom, 'AWS::Cognito::UserPoolClient', { ClientName: 'assistant-shopper' });
    expect(shopper.Properties.CallbackURLs).toEqual([own]);
    expect(() => synthApp({ ...STORE_CONTEXT, assistantRedirectUrls: 'ftp://x' })).toThrow(
      /assistantRedirectUrls/,
    );
  });

  it('outputs both client ids', () => {
    const outputs = stateful$.findOutputs('*');
    expect(outputs.AssistantClientId).toBeDefined();
    expect(JSON.stringify(outputs.AssistantServiceClientId)).toContain('AssistantServiceClient');
  });
});

describe('the mcp function (stateless stack)', () => {
  it('runs Node.js 24 on arm64 and answers within a voice assistant’s patience', () => {
    expect(mcp.Properties).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'] });
    expect(mcp.Properties.Timeout).toBeLessThan(8);
  });

  it('gets the pool, the assistant clients, the scope and the hosted domain, under names the code reads', () => {
    expect(env).toMatchObject({
      COGNITO_USER_POOL_ID: { 'Fn::ImportValue': expect.stringMatching(/UserPool/) as unknown },
      ASSISTANT_CLIENT_IDS: { 'Fn::ImportValue': expect.stringMatching(/AssistantShopperClient/) as unknown },
      ASSISTANT_SERVICE_CLIENT_IDS: {
        'Fn::ImportValue': expect.stringMatching(/AssistantServiceClient/) as unknown,
      },
      ASSISTANT_SERVICE_SCOPE: ASSISTANT_SERVICE_SCOPE,
    });
    expect(JSON.stringify(env.COGNITO_DOMAIN_URL)).toContain('amazoncognito.com');
    const read = ['lambda/config.ts', 'lambda/assistant-config.ts'].flatMap((file) => [
      ...readFileSync(join(PROJECT_ROOT, file), 'utf8').matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm),
    ]);
    const known = new Set(read.map((m) => m[1]));
    expect(Object.keys(env).filter((key) => !known.has(key))).toEqual([]);
  });

  it('uses items of the table and its index, nothing more', () => {
    const role = (mcp.Properties.Role as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0]!;
    const [, policy] = resources(stateless$, 'AWS::IAM::Policy').find(([, p]) =>
      (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === role),
    )!;
    const text = JSON.stringify(policy.Properties.PolicyDocument);
    expect(text).toContain('dynamodb:PutItem');
    expect(text).toContain('/index/gsi1');
    expect(text).not.toMatch(/\*"|secretsmanager|sqs:|GetRecords|dynamodb:\*/);
  });

  it('is routed ANY /mcp and GET /.well-known/{proxy+}, without an AWS authorizer, payload 2.0', () => {
    only(stateless$, 'AWS::ApiGatewayV2::Route', { RouteKey: 'ANY /mcp', AuthorizationType: 'NONE' });
    only(stateless$, 'AWS::ApiGatewayV2::Route', {
      RouteKey: 'GET /.well-known/{proxy+}',
      AuthorizationType: 'NONE',
    });
    const [, integration] = resources(stateless$, 'AWS::ApiGatewayV2::Integration').find(([, i]) =>
      JSON.stringify(i.Properties.IntegrationUri).includes(mcpId),
    )!;
    expect(integration.Properties).toMatchObject({
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
    });
  });

  it('outputs the MCP server URL and the authorization-server metadata URL', () => {
    const outputs = stateless$.findOutputs('*');
    expect(JSON.stringify(outputs.McpServerUrl)).toMatch(/mcp"/);
    expect(JSON.stringify(outputs.AuthorizationServerMetadataUrl)).toContain(
      '.well-known/oauth-authorization-server',
    );
  });
});
