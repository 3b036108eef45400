/**
 * Store questions answered from the store settings (returns, warranty, delivery, hours), open to
 * every valid token; and reaching a person, which records a handoff ticket for the merchant's team
 * with the shopper's cart and latest order as context (a shopper's token only).
 */
import * as z from 'zod';
import { addDays, expectedDeliveryDate, localTime } from '../../domain/delivery';
import type { OpeningHours, StoreSettings } from '../../domain/model';
import type { Phrasing } from './phrasing';
import { defineTool, READ_ONLY, type ToolAnswer } from './tool-kit';

const TOPICS = ['returns', 'warranty', 'substitutions', 'address', 'delivery', 'hours'] as const;
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function clock(time: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(`1970-01-01T${time}:00Z`),
  );
}

function policy(text: string, what: string): ToolAnswer {
  const trimmed = text.trim();
  return {
    data: { topic: what, text: trimmed },
    text: trimmed || `The store has not written a ${what} policy.`,
  };
}

function delivery(settings: StoreSettings, now: Date, say: Phrasing): ToolAnswer {
  const options = settings.deliveryOptions.map((o) => ({
    optionId: o.id,
    name: o.name,
    price: say.money(o.price),
    expectedDate: expectedDeliveryDate(o, now, settings.timeZone),
  }));
  const spoken = options.map(
    (o) =>
      `${o.name}, ${o.price.amount === 0 ? 'free' : o.price.formatted}, arriving ${say.day(o.expectedDate)}`,
  );
  const threshold = settings.freeDeliveryThreshold;
  const free = threshold ? ` Standard delivery is free from ${say.money(threshold).formatted}.` : '';
  return {
    data: {
      topic: 'delivery',
      options,
      ...(threshold ? { freeDeliveryFrom: say.money(threshold) } : {}),
      cancelWindowMinutes: settings.cancelWindowMinutes,
    },
    text: `Ordered now: ${spoken.join('; ')}.${free}`,
  };
}

function hours(settings: StoreSettings, now: Date): ToolAnswer {
  const local = localTime(now, settings.timeZone);
  const tomorrow = new Date(`${addDays(local.date, 1)}T12:00:00Z`).getUTCDay();
  const on = (day: number): OpeningHours | undefined => settings.hours.find((h) => h.day === day);
  const span = (h: OpeningHours | undefined, when: string) =>
    h
      ? `open ${when} from ${clock(h.opens, settings.locale)} to ${clock(h.closes, settings.locale)}`
      : `closed ${when}`;
  return {
    data: {
      topic: 'hours',
      timeZone: settings.timeZone,
      week: settings.hours.map((h) => ({ day: DAYS[h.day], opens: h.opens, closes: h.closes })),
    },
    text: `The store is ${span(on(local.weekday), 'today')}, and ${span(on(tomorrow), 'tomorrow')}.`,
  };
}

/** store_info: returns, warranty, substitutions, the address, delivery or hours. */
export const storeInfo = defineTool({
  name: 'store_info',
  title: 'Store information',
  description:
    "The store's own answer about returns, warranty, substitutions (what happens when an item is out of stock), " +
    'its address (where to collect a pickup order), ' +
    'delivery (options, prices, when an order placed now ' +
    'would arrive) or opening hours.',
  input: z.object({ topic: z.enum(TOPICS).describe('What the shopper asked about') }),
  hints: READ_ONLY,
  personal: false,
  run({ topic }, call) {
    const { settings, say } = call;
    const now = call.services.clock.now();
    if (topic === 'returns') return Promise.resolve(policy(settings.returnPolicy, 'returns'));
    if (topic === 'warranty') return Promise.resolve(policy(settings.warrantyPolicy, 'warranty'));
    if (topic === 'substitutions') {
      return Promise.resolve(policy(settings.substitutionPolicy ?? '', 'substitutions'));
    }
    if (topic === 'address') {
      const address = settings.storeAddress?.trim() ?? '';
      return Promise.resolve({
        data: { topic, text: address },
        text: address ? `${settings.name} is at ${address}.` : 'The store has not given its address.',
      });
    }
    if (topic === 'delivery') return Promise.resolve(delivery(settings, now, say));
    return Promise.resolve(hours(settings, now));
  },
});

/** request_human: a ticket for the merchant's team, and how and when they answer. */
export const requestHuman = defineTool({
  name: 'request_human',
  title: 'Reach a person',
  description:
    "Asks the store's team to contact the shopper: records a ticket with the reason, the cart and the latest " +
    'order, and returns the ticket number, the support hours and phone number.',
  input: z.object({
    reason: z
      .string()
      .trim()
      .min(1, { error: 'say why the shopper wants a person' })
      .max(500, { error: 'keep the reason under 500 characters' })
      .describe("Why the shopper wants a person, in the shopper's words"),
  }),
  hints: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  personal: true,
  async run({ reason }, call) {
    const [cart, latest] = await Promise.all([
      call.services.cart.read(call.customerId),
      call.services.orders.latest(call.customerId),
    ]);
    const receipt = await call.services.handoff.request(call.customerId, reason, {
      lastIntent: 'assistant',
      cartSkus: cart.cart.lines.map((l) => l.sku),
      ...(latest ? { latestOrderId: latest.orderId } : {}),
    });
    return {
      data: { ...receipt },
      text:
        `Ticket ${receipt.ticketId} is open: the store's team answers ${receipt.supportHours}. ` +
        `You can also call ${receipt.supportPhone}.`,
    };
  },
});
