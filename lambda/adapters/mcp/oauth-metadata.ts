/**
 * The OAuth documents the MCP server publishes as a resource server over the stack's Cognito pool:
 *
 * - the protected-resource metadata (RFC 9728) the MCP specification asks for, which names this
 *   API as the authorization server;
 * - the authorization-server metadata (RFC 8414) Alexa+ add-ons require, with `client_credentials`
 *   among the grants. Cognito publishes only its OpenID discovery document, so the stack serves this
 *   one itself: its issuer is this API, and its endpoints are the pool's hosted sign-in domain;
 * - where a 401 points: Alexa+ asks for a 401 *without* a `WWW-Authenticate` header, the clients
 *   then reading the protected-resource metadata at its well-known address (which the MCP
 *   specification of 2025-11-25 also allows instead of the header); the body names the address.
 */

/** Where the pool signs shoppers in and publishes its keys. */
export interface AuthorizationServerSettings {
  /** The hosted sign-in domain, `https://<prefix>.auth.<region>.amazoncognito.com`. */
  readonly hostedDomainUrl: string;
  readonly region: string;
  readonly userPoolId: string;
  /** The scopes assistants may ask for (OpenID's for shoppers, the service scope for the service tier). */
  readonly scopes: readonly string[];
}

/** The path of the MCP endpoint. */
export const MCP_PATH = '/mcp';
/** The protected-resource metadata of the MCP endpoint (RFC 9728 inserts the well-known part first). */
export const PROTECTED_RESOURCE_PATH = `/.well-known/oauth-protected-resource${MCP_PATH}`;
/** The same document at the root, where clients that do not append the resource path look. */
export const PROTECTED_RESOURCE_ROOT_PATH = '/.well-known/oauth-protected-resource';
/** The authorization-server metadata of the issuer this API stands for (RFC 8414). */
export const AUTHORIZATION_SERVER_PATH = '/.well-known/oauth-authorization-server';

/** The protected-resource metadata; without a pool (the local stack) it names no authorization server. */
export function protectedResourceMetadata(base: string, auth?: AuthorizationServerSettings) {
  return {
    resource: `${base}${MCP_PATH}`,
    ...(auth ? { authorization_servers: [base], scopes_supported: [...auth.scopes] } : {}),
    bearer_methods_supported: ['header'],
    resource_name: 'Voice commerce store',
  };
}

/** The authorization-server metadata Alexa+ reads: Cognito's endpoints, with client credentials. */
export function authorizationServerMetadata(base: string, auth: AuthorizationServerSettings) {
  const hosted = auth.hostedDomainUrl.replace(/\/+$/, '');
  const clientAuth = ['client_secret_basic', 'client_secret_post'];
  return {
    issuer: base,
    authorization_endpoint: `${hosted}/oauth2/authorize`,
    token_endpoint: `${hosted}/oauth2/token`,
    revocation_endpoint: `${hosted}/oauth2/revoke`,
    jwks_uri: `https://cognito-idp.${auth.region}.amazonaws.com/${auth.userPoolId}/.well-known/jwks.json`,
    scopes_supported: [...auth.scopes],
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: clientAuth,
    revocation_endpoint_auth_methods_supported: clientAuth,
  };
}

/** The address of the protected-resource metadata of the MCP endpoint at `base`. */
export function resourceMetadataUrl(base: string): string {
  return `${base}${PROTECTED_RESOURCE_PATH}`;
}
