/**
 * What AI assistants (an Alexa+ add-on, any MCP client) sign in with, on the shoppers' own user
 * pool, for the two tiers Alexa+ uses: a resource server with the service scope, a service client
 * (OAuth client credentials, for discovering the tools and browsing), and a shopper client
 * (authorization code with PKCE, for a shopper's cart and orders). Cognito allows client credentials
 * and the authorization-code grant on different app clients only, hence two.
 */
import { Duration } from 'aws-cdk-lib';
import {
  OAuthScope,
  ResourceServerScope,
  type UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  UserPoolResourceServer,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/** The resource server's identifier: the prefix of its scopes. */
export const ASSISTANT_RESOURCE_SERVER = 'voice-commerce';
/** The scope a service token must carry (lambda/adapters/identity/local-token.ts names the same). */
export const ASSISTANT_SERVICE_SCOPE_NAME = 'catalog.read';

/** What the assistant clients need. */
export interface AssistantClientsProps {
  readonly userPool: UserPool;
  /** Where the authorization server may send a shopper back after signing in (the assistant's redirect URLs). */
  readonly callbackUrls: string[];
}

/** The resource server and the two assistant app clients. */
export class AssistantClients extends Construct {
  /** Authorization code with PKCE: acts for the shopper who signed in. */
  readonly shopperClient: UserPoolClient;
  /** Client credentials: the assistant itself, browsing. */
  readonly serviceClient: UserPoolClient;
  /** The full scope name, `voice-commerce/catalog.read`. */
  readonly serviceScope: string;

  constructor(scope: Construct, id: string, props: AssistantClientsProps) {
    super(scope, id);
    const catalogRead = new ResourceServerScope({
      scopeName: ASSISTANT_SERVICE_SCOPE_NAME,
      scopeDescription: 'Discover the store tools and browse the catalog and store information',
    });
    const server = new UserPoolResourceServer(this, 'ResourceServer', {
      userPool: props.userPool,
      identifier: ASSISTANT_RESOURCE_SERVER,
      userPoolResourceServerName: 'Voice commerce store for assistants',
      scopes: [catalogRead],
    });
    this.serviceScope = `${ASSISTANT_RESOURCE_SERVER}/${ASSISTANT_SERVICE_SCOPE_NAME}`;
    const common = {
      // Assistants exchange codes and credentials server-side, authenticating with the secret.
      generateSecret: true,
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
    };
    this.serviceClient = props.userPool.addClient('AssistantServiceClient', {
      ...common,
      userPoolClientName: 'assistant-service',
      oAuth: {
        flows: { clientCredentials: true, authorizationCodeGrant: false, implicitCodeGrant: false },
        scopes: [OAuthScope.resourceServer(server, catalogRead)],
      },
    });
    this.shopperClient = props.userPool.addClient('AssistantShopperClient', {
      ...common,
      userPoolClientName: 'assistant-shopper',
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: props.callbackUrls,
      },
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(365),
    });
  }
}
