/**
 * Account linking (DESIGN.md section 7): a Cognito user pool where shoppers sign up and sign in, a
 * hosted sign-in domain, and one app client for Alexa and Google with the OAuth 2.0
 * authorization-code grant and the platforms' redirect URLs.
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  Mfa,
  OAuthScope,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/** What the account-linking pieces need. */
export interface AccountLinkingProps {
  readonly storeName: string;
  /** The hosted domain's prefix: https://<prefix>.auth.<region>.amazoncognito.com */
  readonly domainPrefix: string;
  /** Alexa's and Google's redirect URLs, as their consoles list them. */
  readonly callbackUrls: string[];
}

/** The user pool, its hosted domain and the voice platforms' app client. */
export class AccountLinking extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;

  constructor(scope: Construct, id: string, props: AccountLinkingProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: `${props.storeName} shoppers`.replace(/[^\w\s+=,.@-]/g, '').slice(0, 128),
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 10,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Shoppers' accounts outlive any deployment.
      removalPolicy: RemovalPolicy.RETAIN,
      deletionProtection: true,
    });
    const plusPlan =
      'Threat protection needs the paid Plus feature plan, billed per shopper; a merchant who wants it ' +
      'switches the pool to Plus. Passwords are strong and every shopper may add MFA.';
    Validations.of(this.userPool).acknowledge(
      { id: 'AwsSolutions-COG3', reason: plusPlan },
      { id: 'AwsSolutions-COG8', reason: plusPlan },
      {
        id: 'AwsSolutions-COG2',
        reason:
          'MFA is optional, not required: shoppers link once, often with a screen reader, and an ' +
          'authenticator app on a second device would keep many blind shoppers out. Alexa and Google keep ' +
          'a refresh token, so shoppers rarely sign in again.',
      },
    );
    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: props.domainPrefix },
    });
    this.client = this.userPool.addClient('VoiceClient', {
      userPoolClientName: 'alexa-and-google',
      // Alexa and Google exchange the code server-side and authenticate with the client secret.
      generateSecret: true,
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: props.callbackUrls,
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(365),
    });
  }
}
