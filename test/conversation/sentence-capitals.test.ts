/**
 * Store and catalog names may start in lowercase ("store pickup"); wherever such a name starts a
 * sentence (speech, reprompt, card), the shopper's text starts with a capital. Capitals are added
 * in one place, the rendering, never inside a sentence, and never inside markup.
 */
import { capitaliseSentences, renderUtterance } from '../../lambda/conversation/speech/render';
import { FIXTURE_SETTINGS } from './support/fixture-store';
import { linkedSession, type TestSession } from './support/session';
import { createWorld } from './support/world';

const lowercaseOptions = FIXTURE_SETTINGS.deliveryOptions.map((o) => ({ ...o, name: o.name.toLowerCase() }));

describe('capitaliseSentences', () => {
  it('capitalises each sentence start, after markup too, and leaves the rest alone', () => {
    expect(capitaliseSentences('store pickup, free. standard delivery is free? yes! a 2.5 oz bag')).toBe(
      'Store pickup, free. Standard delivery is free? Yes! A 2.5 oz bag',
    );
    expect(capitaliseSentences('First, a. <break time="350ms"/> second, b.')).toBe(
      'First, a. <break time="350ms"/> Second, b.',
    );
    expect(capitaliseSentences('Order 1 x eggs\nstore pickup')).toBe('Order 1 x eggs\nStore pickup');
    expect(capitaliseSentences('How would you like it: store pickup, free?')).toBe(
      'How would you like it: store pickup, free?',
    );
  });

  it('is applied when a phrase is rendered, to the SSML and the text alike', () => {
    const rendered = renderUtterance(
      { ssml: 'store pickup. &quot;x&quot; y.', text: 'store pickup. "x" y.' },
      90,
    );
    expect(rendered.text).toBe('Store pickup. "x" y.');
    expect(rendered.ssml).toBe('<prosody rate="90%">Store pickup. &quot;x&quot; y.</prosody>');
  });
});

describe('names that start a sentence', () => {
  let shopper: TestSession;
  beforeEach(async () => {
    const world = await createWorld({ settings: { deliveryOptions: lowercaseOptions } });
    shopper = linkedSession(world);
    await shopper.say('LaunchRequest');
  });

  it('in the delivery answer, the read-back and the order card', async () => {
    expect(await shopper.text('DeliveryInfoIntent')).toBe(
      'If you order now, you can have standard delivery for 4 dollars and 99 cents, expected on Thursday; express delivery for 9 dollars and 99 cents, expected tomorrow; and store pickup, free, expected today. Standard delivery is free on orders of 35 dollars or more. What else would you like to know?',
    );
    await shopper.say('AddToCartIntent', { product: 'bananas' });
    const readBack = await shopper.say('ChooseDeliveryIntent', { deliveryOption: 'pickup' });
    expect(readBack.speech.text).toContain(' Store pickup, free, expected today. The total is ');
    expect(readBack.speech.ssml).toContain(' Store pickup, free, expected today. The total is ');
    const placed = await shopper.say('YesIntent');
    expect(placed.card!.text).toContain('. Store pickup, expected today.');
  });
});
