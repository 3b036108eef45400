/**
 * Which of the store's delivery options a shopper's words name or describe: by id or name ("pick
 * up", "express"), or by what sets it apart among this store's options: "the fast one" (the
 * soonest), "the cheapest delivery" (the lowest price; "delivery" leaves pickup out), "the free
 * one", "the regular one" (the store's default), "I'll come get it" (pickup). Pure: the options
 * come from the store settings, so the same words fit every store.
 */
import type { DeliveryOption } from '../../domain/model';
import { matchNamed } from '../matching';

/** The words, and the id the platform resolved them to, if any. */
export interface DeliveryWords {
  readonly raw: string;
  readonly resolvedId?: string;
}

type Describe = 'soonest' | 'cheapest' | 'free' | 'default' | 'pickup';

const DESCRIPTIONS: readonly (readonly [Describe, RegExp])[] = [
  ['free', /\bfree\b|\bno charge\b|\bdoesn'?t cost\b/],
  ['cheapest', /\b(cheap|cheaper|cheapest|least expensive|lowest|less expensive|inexpensive)\b/],
  [
    'soonest',
    /\b(fast|faster|fastest|quick|quicker|quickest|soon|sooner|soonest|early|earlier|earliest|first available|next available|rush|asap|right away|same day|today|tonight|now)\b/,
  ],
  ['pickup', /\b(pick|picking|collect|collecting|come get|come and get|get it myself|curbside|in store)\b/],
  ['default', /\b(regular|normal|standard|usual|default|slow|slower|slowest|basic|cheap one)\b/],
];
const DELIVERED = /\b(deliver|delivery|delivered|shipping|ship|send|bring)\b/;
const PICKUP_NAME = /\b(pick ?up|collect|collection|curbside|in store)\b/i;

const compact = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
const isPickup = (o: DeliveryOption) => PICKUP_NAME.test(o.name) || PICKUP_NAME.test(o.id);

/** The option named by id or by the words of its name. */
function named(options: readonly DeliveryOption[], said: DeliveryWords): DeliveryOption | undefined {
  const heard = compact(said.raw);
  // "pick up" for "pickup", "express" for "Express delivery": spaces and case do not matter.
  const byId = options.find(
    (o) =>
      o.id === said.resolvedId ||
      (heard !== '' && compact(o.id) === heard) ||
      (heard.length >= 4 && compact(o.name).includes(heard)),
  );
  if (byId) return byId;
  const hits = matchNamed(said.raw, options);
  return hits.length === 1 ? options[hits[0]!] : undefined;
}

function lowest<T>(items: readonly T[], key: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>(
    (best, item) => (best === undefined || key(item) < key(best) ? item : best),
    undefined,
  );
}

/** The option the description picks out, when exactly one fits it. */
function described(
  options: readonly DeliveryOption[],
  defaultId: string,
  words: string,
): DeliveryOption | undefined {
  const kind = DESCRIPTIONS.find(([, pattern]) => pattern.test(words))?.[0];
  if (!kind) return undefined;
  const delivered = options.filter((o) => !isPickup(o));
  const pool = DELIVERED.test(words) && delivered.length > 0 ? delivered : options;
  switch (kind) {
    case 'free': {
      const free = pool.filter((o) => o.price.amount === 0);
      return free.length === 1 ? free[0] : undefined;
    }
    case 'cheapest':
      return lowest(pool, (o) => o.price.amount);
    case 'soonest': {
      const soonest = Math.min(...pool.map((o) => o.leadTimeDays));
      const fastest = pool.filter((o) => o.leadTimeDays === soonest);
      // Asked for speed, a shopper means it brought to them unless only a pickup is as quick.
      return fastest.find((o) => !isPickup(o)) ?? fastest[0];
    }
    case 'pickup': {
      const pickups = options.filter(isPickup);
      return pickups.length === 1 ? pickups[0] : undefined;
    }
    case 'default':
      return options.find((o) => o.id === defaultId);
  }
}

/** The id of the option the words name or describe, or undefined. */
export function deliveryOptionFor(
  options: readonly DeliveryOption[],
  defaultId: string,
  said: DeliveryWords,
): string | undefined {
  const words = said.raw.toLowerCase();
  return (named(options, said) ?? described(options, defaultId, words))?.id;
}

/** Words that name no product, only a way of getting the order: "one", "option", "delivery". */
const NOT_A_PRODUCT = /^(the|one|option|choice|way|delivery|shipping|of them|\s)*$/;

/** True when words left after a description ("cheapest ___") could only mean a delivery option. */
export function namesOnlyDelivery(words: string): boolean {
  return NOT_A_PRODUCT.test(words.toLowerCase().trim());
}
