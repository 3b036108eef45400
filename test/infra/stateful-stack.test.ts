/**
 * The stateful stack's template: the table from the shared definition with every protection, the
 * shoppers' user pool, its hosted domain and the account-linking client, and the webhook secret.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { TABLE } from '../../lambda/adapters/dynamodb/table';
import { only, STORE_CONTEXT, synthApp } from './synth-app';

const { stateful$ } = synthApp();

describe('the table', () => {
  const [, table] = only(stateful$, 'AWS::DynamoDB::Table');

  it('has the keys, index, TTL and stream of the shared definition', () => {
    expect(table.Properties).toMatchObject({
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: 'gsi1',
          KeySchema: [
            { AttributeName: 'gsi1pk', KeyType: 'HASH' },
            { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
    const attributes = table.Properties.AttributeDefinitions as { AttributeName: string }[];
    expect(attributes.map((a) => a.AttributeName).sort()).toEqual(['gsi1pk', 'gsi1sk', 'pk', 'sk']);
    expect(TABLE.timeToLiveAttribute).toBe('expiresAt');
  });

  it('is on-demand, encrypted, recoverable to a point in time, and survives the stack', () => {
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
      DeletionProtectionEnabled: true,
    });
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
  });
});

describe('account linking', () => {
  it('has a retained user pool with e-mail sign-up, a strong password policy and optional MFA', () => {
    const [, pool] = only(stateful$, 'AWS::Cognito::UserPool');
    expect(pool.DeletionPolicy).toBe('Retain');
    expect(pool.Properties).toMatchObject({
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
      AutoVerifiedAttributes: ['email'],
      UsernameAttributes: ['email'],
      MfaConfiguration: 'OPTIONAL',
      DeletionProtection: 'ACTIVE',
      Policies: {
        PasswordPolicy: {
          MinimumLength: 10,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        },
      },
    });
  });

  it('has a hosted domain with the prefix from context', () => {
    only(stateful$, 'AWS::Cognito::UserPoolDomain', { Domain: STORE_CONTEXT.cognitoDomainPrefix });
  });

  it('has one voice client with the authorization-code grant, a secret and the Alexa and Google redirect URLs', () => {
    const [, client] = only(stateful$, 'AWS::Cognito::UserPoolClient', { ClientName: 'alexa-and-google' });
    expect(client.Properties).toMatchObject({
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      GenerateSecret: true,
      SupportedIdentityProviders: ['COGNITO'],
      PreventUserExistenceErrors: 'ENABLED',
      CallbackURLs: [
        'https://pitangui.amazon.com/api/skill/link/M2ABCDEFGHIJ',
        'https://layla.amazon.com/api/skill/link/M2ABCDEFGHIJ',
        'https://oauth-redirect.googleusercontent.com/r/corner-grocer-actions',
      ],
    });
    expect(client.Properties.AllowedOAuthScopes).toEqual(
      expect.arrayContaining(['openid', 'email', 'profile']),
    );
  });

  it('outputs the authorization and token URIs of the hosted domain', () => {
    const outputs = stateful$.findOutputs('*');
    expect(JSON.stringify(outputs.AuthorizationUri)).toContain('/oauth2/authorize');
    expect(JSON.stringify(outputs.AccessTokenUri)).toContain('/oauth2/token');
  });
});

describe('the webhook secret', () => {
  it('is generated and retained unless an existing secret is named', () => {
    const [, secret] = only(stateful$, 'AWS::SecretsManager::Secret');
    expect(secret.DeletionPolicy).toBe('Retain');
    expect(secret.Properties.GenerateSecretString).toMatchObject({
      PasswordLength: 48,
      ExcludePunctuation: true,
    });

    const arn = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:store/webhook-AbCdEf';
    const imported = synthApp({ ...STORE_CONTEXT, merchantWebhookSecretArn: arn });
    imported.stateful$.resourceCountIs('AWS::SecretsManager::Secret', 0);
    imported.stateful$.hasOutput('WebhookSecretArn', { Value: arn });
  });
});

describe('settings without context', () => {
  const bare = synthApp({});

  it('become required parameters, so synth works offline and deploy asks for them', () => {
    bare.stateful$.hasParameter('CognitoDomainPrefix', { Type: 'String', Default: Match.absent() });
    bare.stateful$.hasParameter('OAuthCallbackUrls', { Type: 'CommaDelimitedList', Default: Match.absent() });
    bare.stateful$.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: { Ref: 'CognitoDomainPrefix' },
    });
    bare.stateful$.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'alexa-and-google',
      CallbackURLs: { Ref: 'OAuthCallbackUrls' },
    });
  });

  it('may be lists in cdk.json', () => {
    const urls = [
      'https://pitangui.amazon.com/api/skill/link/M2X',
      'https://layla.amazon.com/api/skill/link/M2X',
    ];
    const { alexaRedirectUrls: _a, googleRedirectUrls: _g, ...rest } = STORE_CONTEXT;
    synthApp({ ...rest, alexaRedirectUrls: urls }).stateful$.hasResourceProperties(
      'AWS::Cognito::UserPoolClient',
      {
        ClientName: 'alexa-and-google',
        CallbackURLs: urls,
      },
    );
  });

  it('are checked when given as context, with a message naming the setting', () => {
    expect(() => synthApp({ ...STORE_CONTEXT, cognitoDomainPrefix: 'Corner_Grocer' })).toThrow(
      /cognitoDomainPrefix/,
    );
    expect(() => synthApp({ ...STORE_CONTEXT, alexaRedirectUrls: 'http://pitangui.amazon.com/x' })).toThrow(
      /alexaRedirectUrls.*https/,
    );
    expect(() => synthApp({ ...STORE_CONTEXT, logRetentionDays: 31 })).toThrow(/logRetentionDays/);
  });
});
