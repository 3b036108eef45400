/**
 * The credentials of a function in AWS Lambda, which always come from its environment
 * (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN). The bundles put this in place of the
 * SDK's default chain (`@aws-sdk/credential-provider-node`), whose SSO, profile-file, process,
 * web-identity and instance-metadata providers a function never uses and which weigh about 110 KB of
 * every bundle. Local runs against DynamoDB Local pass their own credentials and never reach it.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

/** Stands in for the SDK's `defaultProvider`: the environment's credentials, nothing else. */
export const defaultProvider = (init?: Parameters<typeof fromEnv>[0]): ReturnType<typeof fromEnv> =>
  fromEnv(init);
