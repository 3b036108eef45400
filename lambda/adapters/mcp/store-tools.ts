/**
 * The store's tools in the order an assistant meets them, and how they are listed: each input
 * schema published as JSON Schema (from the zod schema the call is validated with), with its title
 * and all four MCP annotations.
 */
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import * as z from 'zod';
import type { StoreTool } from './tool-kit';
import { getProduct, searchProducts } from './tools-browse';
import { addToCart, getCart, removeFromCart, setCartQuantity } from './tools-cart';
import { placeOrder, quoteCheckout } from './tools-checkout';
import { cancelOrder, listOrders, orderStatus } from './tools-orders';
import { requestHuman, storeInfo } from './tools-support';

/** Every tool the MCP server offers. */
export const STORE_TOOLS: readonly StoreTool[] = [
  searchProducts,
  getProduct,
  getCart,
  addToCart,
  setCartQuantity,
  removeFromCart,
  quoteCheckout,
  placeOrder,
  orderStatus,
  listOrders,
  cancelOrder,
  storeInfo,
  requestHuman,
];

/** The tools by name. */
export const TOOLS_BY_NAME: ReadonlyMap<string, StoreTool> = new Map(STORE_TOOLS.map((t) => [t.name, t]));

function inputJsonSchema(tool: StoreTool): Tool['inputSchema'] {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(tool.input, { io: 'input' });
  return { ...schema, type: 'object' } as Tool['inputSchema'];
}

let listed: Tool[] | undefined;

/** The tools/list answer, built once per process. */
export function listedTools(): Tool[] {
  listed ??= STORE_TOOLS.map((tool) => ({
    name: tool.name,
    title: tool.title,
    description: tool.personal
      ? `${tool.description} Needs the shopper's own sign-in (account linking).`
      : tool.description,
    inputSchema: inputJsonSchema(tool),
    annotations: { title: tool.title, ...tool.hints },
  }));
  return listed;
}
