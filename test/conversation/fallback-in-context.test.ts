/**
 * A fallback carries no words on Alexa, so it answers from what came before: with a list open it
 * says how to pick from the list, with a yes-or-no question open it asks it again, and its reprompt
 * never tells someone who did not ask for help to say 'help' again.
 */
import { TestSession } from './support/session';
import { createWorld, type World } from './support/world';

let world: World;

beforeEach(async () => {
  world = await createWorld();
});

it('with a list open, says briefly how to pick from it and keeps the list', async () => {
  const shopper = new TestSession(world);
  await shopper.say('SearchProductIntent', { query: 'coffee' });
  const reply = await shopper.say('FallbackIntent');
  expect(reply.speech.text).toBe(
    "Sorry, I didn't catch that. You can say a number from the list, like 'the first one', or 'next'.",
  );
  expect(reply.reprompt!.text).not.toMatch(/help/i);
  expect(shopper.carried.list).toBeDefined();
});

it('with a yes-or-no question open, asks it again in the reprompt too', async () => {
  const shopper = new TestSession(world);
  await shopper.say('AddToCartIntent', { product: 'bananas' });
  await shopper.say('EmptyCartIntent');
  const reply = await shopper.say('FallbackIntent');
  expect(reply.speech.text).toBe("Sorry, I didn't catch that. Say yes to empty your cart, or no to keep it.");
  expect(reply.reprompt!.text).toBe('Say yes to empty your cart, or no to keep it.');
  expect(shopper.carried.pending).toEqual({ kind: 'emptyCart' });
});

it('with nothing open, offers the menu without asking to say help again', async () => {
  const shopper = new TestSession(world);
  await shopper.say('LaunchRequest');
  const reply = await shopper.say('FallbackIntent');
  expect(reply.speech.text).toMatch(/^Sorry, I didn't catch that\. You can say 'find oat milk'/);
  expect(reply.reprompt!.text).not.toMatch(/again/i);
  expect(reply.reprompt!.text).toMatch(/help/);
});

it('help itself still offers to say help again', async () => {
  const shopper = new TestSession(world);
  await shopper.say('LaunchRequest');
  expect((await shopper.say('HelpIntent')).reprompt!.text).toBe(
    "Say 'help' again to hear this, or 'stop' to leave.",
  );
});
