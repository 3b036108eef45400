/**
 * A scripted 20-turn shopping conversation held to the accessibility rules (every reply is checked
 * by the session driver: well-formed SSML under the limit, a reprompt that adds guidance, at most
 * three items offered) and to the storage budget of DESIGN.md section 5: at most one read and one
 * write per turn on average, and no write on a turn that changes nothing.
 */
import { linkedSession } from './support/session';
import { createWorld } from './support/world';

const SCRIPT: readonly (readonly [intent: string, slots: Record<string, string>, changes: boolean])[] = [
  ['LaunchRequest', {}, false],
  ['SearchProductIntent', { query: 'oat milk' }, false],
  ['NextIntent', {}, false],
  ['SelectItemIntent', { position: 'first' }, false],
  ['ProductDetailsIntent', { detail: 'price' }, false],
  ['AddToCartIntent', { quantity: '2' }, true],
  ['SearchProductIntent', { query: 'sourdough bread' }, false],
  ['YesIntent', {}, true],
  ['AddToCartIntent', { product: 'bananas', quantity: '3' }, true],
  ['RemoveFromCartIntent', {}, true],
  ['ReadCartIntent', {}, false],
  ['StoreHoursIntent', {}, false],
  ['CheckoutIntent', {}, false],
  ['ChooseDeliveryIntent', { deliveryOption: 'standard' }, false],
  ['YesIntent', {}, true],
  ['OrderStatusIntent', {}, false],
  ['RepeatIntent', {}, false],
  ['HelpIntent', {}, false],
  ['SpeakSlowerIntent', {}, true],
  ['StopIntent', {}, false],
];

it('holds the accessibility rules and the storage budget over a whole shopping conversation', async () => {
  const world = await createWorld();
  const returning = linkedSession(world);
  await returning.say('LaunchRequest');
  await returning.say('StopIntent');

  const shopper = linkedSession(world);
  for (const [intent, slots] of SCRIPT) await shopper.say(intent, slots);

  expect(world.orders.all()).toHaveLength(1);
  const readOnly = shopper.costs.filter((_, i) => !SCRIPT[i]![2]);
  expect(readOnly.filter((c) => c.io.writes > 0)).toEqual([]);
  const total = shopper.costs.reduce(
    (sum, c) => ({ reads: sum.reads + c.io.reads, writes: sum.writes + c.io.writes }),
    {
      reads: 0,
      writes: 0,
    },
  );
  expect(total.reads / SCRIPT.length).toBeLessThanOrEqual(1);
  expect(total.writes / SCRIPT.length).toBeLessThanOrEqual(1);
  // Warm turns that only move through what the session carries cost nothing.
  for (const intent of ['NextIntent', 'SelectItemIntent', 'RepeatIntent', 'HelpIntent', 'StoreHoursIntent']) {
    expect(shopper.costs.find((c) => c.intent === intent)!.io).toEqual({ reads: 0, writes: 0 });
  }
});

it('escapes catalog names with &, <, > and quotes everywhere they are spoken', async () => {
  const world = await createWorld();
  const shopper = linkedSession(world);
  const cases: [Record<string, string>, string][] = [
    [{ query: 'ben and jerrys' }, 'Ben &amp; Jerry&apos;s Chocolate Fudge Brownie'],
    [{ query: 'pretzels' }, 'Rold Gold &lt;Tiny Twists&gt; Pretzels'],
    [{ query: 'sourdough' }, 'Baker&apos;s &quot;Daily&quot; Sourdough Loaf'],
    [{ query: 'annies white cheddar shells' }, 'Annie&apos;s Shells &amp; White Cheddar'],
    [{ query: 'bustelo' }, 'Café Bustelo Espresso Ground Coffee'],
  ];
  for (const [slots, escaped] of cases) {
    expect((await shopper.say('SearchProductIntent', slots)).speech.ssml).toContain(escaped);
    expect((await shopper.say('YesIntent')).speech.ssml).toContain(escaped);
  }
  const cart = await shopper.say('ReadCartIntent');
  expect(cart.speech.text).toContain(
    "1 Ben & Jerry's Chocolate Fudge Brownie, 1 Rold Gold <Tiny Twists> Pretzels",
  );
  await shopper.say('CheckoutIntent');
  const readBack = await shopper.say('ChooseDeliveryIntent', { deliveryOption: 'pickup' });
  expect(readBack.speech.ssml).toContain('Corner &amp; Co. Grocer LLC: 1 Ben &amp; Jerry&apos;s');
  expect((await shopper.say('YesIntent')).card!.text).toContain('1 x Baker\'s "Daily" Sourdough Loaf');
});
