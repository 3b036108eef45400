/**
 * Stands in for `ajv` and `ajv-formats` in the mcp function's bundle (an esbuild alias, see
 * infra/constructs/bundle-options.ts): the SDK's Server builds an Ajv validator only when it is given
 * none, and the store's server is always given its own (store-server.ts), so Ajv's 230 KB would never
 * run. Building it anyway is a wiring mistake, and says so.
 */
// The SDK imports Ajv (and ajv-formats) as a default export, so the stand-in must have one.
// eslint-disable-next-line no-restricted-syntax
export default class AjvNotBundled {
  constructor() {
    throw new Error('Ajv is not in this bundle: give the MCP Server a jsonSchemaValidator');
  }
}
