/**
 * What a store tool is: its name, a description an assistant reads to choose it, a zod input
 * schema (validated before the tool runs, and published as JSON Schema), the MCP annotations, and
 * whether it needs a shopper's own token. A tool answers with structured data and a short text to
 * read aloud, or refuses with a ToolRefusal or a DomainError.
 */
import type * as z from 'zod';
import type { CartService } from '../../domain/cart-service';
import type { CatalogService } from '../../domain/catalog-service';
import type { CheckoutService } from '../../domain/checkout-service';
import type { CustomerService } from '../../domain/customer-service';
import type { HandoffService } from '../../domain/handoff-service';
import type { StoreSettings } from '../../domain/model';
import type { OrderService } from '../../domain/order-service';
import type { Clock, Logger, ProductSearch } from '../../domain/ports';
import type { TrackingService } from '../../domain/tracking-service';
import type { Phrasing } from './phrasing';

/** The domain services the tools call: the same ones the skill's conversation uses. */
export interface StoreToolServices {
  readonly search: ProductSearch;
  readonly catalog: CatalogService;
  readonly cart: CartService;
  readonly checkout: CheckoutService;
  readonly orders: OrderService;
  readonly tracking: TrackingService;
  readonly customers: CustomerService;
  readonly handoff: HandoffService;
  readonly store: { settings(): Promise<StoreSettings> };
  readonly clock: Clock;
  readonly logger: Logger;
}

/** Who is calling: an assistant's service tier, or a shopper (through an assistant). */
export type Caller =
  | { readonly kind: 'service'; readonly clientId: string }
  | { readonly kind: 'shopper'; readonly customerId: string; readonly clientId: string };

/** The MCP tool annotations, all four stated for every tool. */
export interface ToolHints {
  readonly readOnlyHint: boolean;
  readonly destructiveHint: boolean;
  readonly idempotentHint: boolean;
  readonly openWorldHint: boolean;
}

/** What one call has at hand. */
export interface ToolCall {
  readonly services: StoreToolServices;
  readonly settings: StoreSettings;
  readonly say: Phrasing;
}

/** What one call of a personal tool also has: the shopper it acts for. */
export interface ShopperCall extends ToolCall {
  readonly customerId: string;
}

/** A tool's answer: structured content, and the short text an assistant reads aloud. */
export interface ToolAnswer {
  readonly data: Readonly<Record<string, unknown>>;
  readonly text: string;
}

interface ToolBase<S extends z.ZodObject> {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly input: S;
  readonly hints: ToolHints;
}

/** A tool anyone with a valid token may call (browsing, store information). */
export interface PublicTool<S extends z.ZodObject> extends ToolBase<S> {
  readonly personal: false;
  run(args: z.output<S>, call: ToolCall): Promise<ToolAnswer>;
}

/** A tool that acts on one shopper's cart or orders: a shopper's token only. */
export interface PersonalTool<S extends z.ZodObject> extends ToolBase<S> {
  readonly personal: true;
  run(args: z.output<S>, call: ShopperCall): Promise<ToolAnswer>;
}

/** Any store tool, its input type forgotten (the server validates before it runs). */
export type StoreTool = PublicTool<z.ZodObject> | PersonalTool<z.ZodObject>;

/** Declares a tool, keeping its input type for its own `run`. */
export function defineTool<S extends z.ZodObject>(tool: PublicTool<S> | PersonalTool<S>): StoreTool {
  return tool;
}

/** Annotations of a tool that only reads. */
export const READ_ONLY: ToolHints = {
  readOnlyHint: true,
  destructiveHint: false,
  idempotentHint: true,
  openWorldHint: false,
};
