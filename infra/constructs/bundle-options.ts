/**
 * How every function is bundled, in one place: `npm run build` (scripts/build.ts) and the CDK
 * NodejsFunction bundling (app-function.ts) both read these, so a local bundle is the deployed one.
 * Plain data: no CDK or esbuild import.
 */

/** The functions, each bundled from lambda/handlers/<name>.ts to dist/<name>/index.js. */
export const FUNCTION_NAMES = ['alexa', 'google', 'merchant-api', 'events', 'mcp', 'search-index'] as const;

/** One of the deployed functions. */
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/** The esbuild settings shared by the build script and the CDK. */
export const BUNDLE_OPTIONS = {
  platform: 'node',
  format: 'cjs',
  /** Lambda runs Node.js 24; local runs (`node -e "require('./dist/alexa/index.js')..."`) use Node 20. */
  target: ['node24', 'node20'],
  minify: true,
  /** A map file beside the bundle, with no comment in it: the bundle loads no map at cold start. */
  sourcemap: 'external',
  /** ESM entry points first: they tree-shake better than the CommonJS builds of the AWS SDK. */
  mainFields: ['module', 'main'],
  /**
   * The AWS SDK is bundled, not taken from the runtime: versions stay pinned to package-lock.json,
   * and one minified file loads faster than the runtime's many SDK files (see bench/bundles.ts).
   */
  external: [] as readonly string[],
} as const;

/**
 * Every function takes its credentials from the Lambda environment: the SDK's default chain
 * (`@aws-sdk/credential-provider-node`, about 110 KB with the SSO and STS clients it brings) is replaced
 * by lambda/adapters/system/lambda-credentials.ts.
 */
const LAMBDA_CREDENTIALS = {
  '@aws-sdk/credential-provider-node': './lambda/adapters/system/lambda-credentials.ts',
} as const;

/**
 * Packages replaced in one function's bundle (esbuild `alias`, paths from the repository root).
 * `@assistant/conversation` pulls in google-auth-library (node-forge, whatwg-url: about 740 KB) only
 * to verify ID tokens, which the Google adapter does itself; the stub refuses every verification.
 * The MCP SDK's Server imports Ajv (about 230 KB) for a validator the store's server replaces.
 */
export const BUNDLE_ALIASES: Readonly<Record<FunctionName, Readonly<Record<string, string>>>> = {
  alexa: { ...LAMBDA_CREDENTIALS },
  google: { ...LAMBDA_CREDENTIALS, 'google-auth-library': './lambda/adapters/google/google-auth-stub.ts' },
  'merchant-api': { ...LAMBDA_CREDENTIALS },
  events: { ...LAMBDA_CREDENTIALS },
  mcp: {
    ...LAMBDA_CREDENTIALS,
    ajv: './lambda/adapters/mcp/ajv-stub.ts',
    'ajv-formats': './lambda/adapters/mcp/ajv-stub.ts',
  },
  'search-index': { ...LAMBDA_CREDENTIALS },
};

const CREDENTIAL_CHAIN = '@aws-sdk/credential-provider-node';

/**
 * Packages a function's bundle must never contain: the other platform's SDK (DESIGN.md section 3),
 * and what an alias stands in for.
 */
export const FORBIDDEN_PACKAGES: Readonly<Record<FunctionName, readonly string[]>> = {
  alexa: [CREDENTIAL_CHAIN, '@assistant/conversation'],
  google: [CREDENTIAL_CHAIN, 'ask-sdk-core', 'ask-sdk-model', 'google-auth-library'],
  'merchant-api': [CREDENTIAL_CHAIN, 'ask-sdk-core', '@assistant/conversation'],
  events: [CREDENTIAL_CHAIN, 'ask-sdk-core', '@assistant/conversation'],
  mcp: [CREDENTIAL_CHAIN, 'ask-sdk-core', '@assistant/conversation', 'ajv', 'ajv-formats'],
  'search-index': [CREDENTIAL_CHAIN, 'ask-sdk-core', '@assistant/conversation'],
};

/** Bundle size budget per function (DESIGN.md section 12): under 1 MB, minified. */
export const BUNDLE_BUDGET_BYTES = 1024 * 1024;
