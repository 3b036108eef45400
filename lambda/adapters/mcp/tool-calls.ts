/**
 * One tools/call: find the tool, check the caller's tier, validate the arguments with the tool's
 * zod schema, run it, and answer with structured content plus a text to read aloud. Every refusal
 * (a bad argument, a service token on a shopper's tool, a domain rule) is an MCP tool error carrying
 * a code and a plain sentence; anything unexpected is logged once, without personal data, and
 * answered with an apology. Nothing a caller sends can crash the server.
 */
import { ErrorCode, McpError, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type * as z from 'zod';
import { isDomainError } from '../../domain/errors';
import { phrasingFor, type Phrasing } from './phrasing';
import { TOOLS_BY_NAME } from './store-tools';
import { domainDetails, domainSentence, NOT_LINKED_SENTENCE, ToolRefusal } from './tool-errors';
import type { Caller, StoreTool, StoreToolServices, ToolAnswer, ToolCall } from './tool-kit';

/** A tool's answer as an MCP result. */
export function toolSuccess(answer: ToolAnswer): CallToolResult {
  return { content: [{ type: 'text', text: answer.text }], structuredContent: { ...answer.data } };
}

/** A refusal as an MCP tool error. */
export function toolError(
  code: string,
  sentence: string,
  details: Readonly<Record<string, unknown>> = {},
): CallToolResult {
  return {
    isError: true,
    content: [{ type: 'text', text: sentence }],
    structuredContent: {
      error: { code, message: sentence, ...(Object.keys(details).length ? { details } : {}) },
    },
  };
}

function invalidInput(tool: StoreTool, error: z.ZodError): CallToolResult {
  const problems = error.issues.map((issue) => ({
    field: issue.path.join('.') || 'arguments',
    problem: issue.code === 'invalid_type' ? `expected ${issue.expected}` : issue.message,
  }));
  const first = problems[0]!;
  const sentence =
    first.field === 'arguments'
      ? `The arguments of ${tool.name} must be an object.`
      : `The ${first.field} given to ${tool.name} is not valid: ${first.problem}.`;
  return toolError('INVALID_INPUT', sentence, { field: first.field, problems });
}

function failure(error: unknown, say: Phrasing | undefined, tool: StoreTool, services: StoreToolServices) {
  if (error instanceof ToolRefusal) return toolError(error.code, error.sentence, error.details);
  if (isDomainError(error) && say) {
    return toolError(error.code, domainSentence(error, say), domainDetails(error, say));
  }
  if (isDomainError(error) && error.code === 'STORE_NOT_CONFIGURED') {
    return toolError(error.code, 'The store is not set up yet.');
  }
  services.logger.error('mcp.tool_failed', {
    tool: tool.name,
    error: error instanceof Error ? error.name : 'unknown',
  });
  return toolError(
    'INTERNAL',
    'Something went wrong at the store, and this may not have been done. Please try again in a moment.',
  );
}

function run(tool: StoreTool, args: unknown, call: ToolCall, caller: Caller): Promise<ToolAnswer> {
  if (!tool.personal) return tool.run(args as Record<string, unknown>, call);
  if (caller.kind !== 'shopper') throw new ToolRefusal('ACCOUNT_NOT_LINKED', NOT_LINKED_SENTENCE);
  return tool.run(args as Record<string, unknown>, { ...call, customerId: caller.customerId });
}

/** Answers one tools/call for a caller. Unknown tool names are a protocol error, as MCP asks. */
export async function callStoreTool(
  services: StoreToolServices,
  caller: Caller,
  name: string,
  args: unknown,
): Promise<CallToolResult> {
  const tool = TOOLS_BY_NAME.get(name);
  if (!tool) throw new McpError(ErrorCode.InvalidParams, `Unknown tool: ${name}`);
  if (tool.personal && caller.kind !== 'shopper') return toolError('ACCOUNT_NOT_LINKED', NOT_LINKED_SENTENCE);
  const parsed = tool.input.safeParse(args ?? {});
  if (!parsed.success) return invalidInput(tool, parsed.error);
  let say: Phrasing | undefined;
  try {
    const settings = await services.store.settings();
    say = phrasingFor(settings, services.clock.now());
    return toolSuccess(await run(tool, parsed.data, { services, settings, say }, caller));
  } catch (error) {
    return failure(error, say, tool, services);
  }
}
