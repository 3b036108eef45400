/**
 * The voice console's reading of speech both ways: numbers as people say them (AMAZON.NUMBER,
 * AMAZON.Ordinal, AMAZON.FOUR_DIGIT_NUMBER), SSML turned into readable text with pauses shown, and
 * the checks that make a response invalid as Alexa would judge it.
 */
import { responseProblems } from '../../lambda/local/console/response-check';
import { ssmlToText } from '../../lambda/local/console/ssml-text';
import {
  parseFourDigits,
  parseSpokenNumber,
  parseSpokenOrdinal,
} from '../../lambda/local/console/spoken-numbers';

describe('spoken numbers', () => {
  it.each([
    ['two', 2],
    ['12', 12],
    ['twenty one', 21],
    ['twenty-one', 21],
    ['a hundred', 100],
    ['one hundred and five', 105],
    ['two thousand three hundred forty', 2340],
    ['1,500', 1500],
    ['zero', 0],
  ])('"%s" is %d', (words, value) => {
    expect(parseSpokenNumber(words)).toBe(value);
  });

  it.each(['one two', 'twenty thirty', 'a', 'some', 'hundred', 'two oat'])(
    '"%s" is not one number',
    (words) => {
      expect(parseSpokenNumber(words)).toBeUndefined();
    },
  );

  it.each([
    ['first', 1],
    ['second', 2],
    ['3rd', 3],
    ['twelfth', 12],
    ['twentieth', 20],
    ['twenty first', 21],
  ])('the ordinal "%s" is %d', (words, value) => {
    expect(parseSpokenOrdinal(words)).toBe(value);
  });

  it.each(['two', 'the', 'firsts'])('"%s" is not an ordinal', (words) => {
    expect(parseSpokenOrdinal(words)).toBeUndefined();
  });

  it.each([
    ['one two three four', '1234'],
    ['1234', '1234'],
    ['nineteen eighty four', '1984'],
    ['oh seven oh nine', '0709'],
    ['twelve 34', '1234'],
  ])('the code "%s" is %s', (words, digits) => {
    expect(parseFourDigits(words)).toBe(digits);
  });

  it.each(['one two three', '12345', 'one two three four five', 'twelve'])(
    '"%s" is not four digits',
    (words) => {
      expect(parseFourDigits(words)).toBeUndefined();
    },
  );
});

describe('SSML as readable text', () => {
  it('shows pauses, reads <sub> as its alias, drops other tags and decodes entities', () => {
    expect(
      ssmlToText(
        '<speak>I found 3 matches.<break time="300ms"/> First, Oat Milk &amp; Honey.<break time="1.2s"/> <sub alias="two pounds">2 lb</sub> <say-as interpret-as="characters">1234</say-as></speak>',
      ),
    ).toEqual({ text: 'I found 3 matches. … First, Oat Milk & Honey. …… two pounds 1234' });
  });

  it('reports a speech rate other than the default beside the words', () => {
    expect(ssmlToText('<speak><prosody rate="85%">Your cart is empty.</prosody></speak>')).toEqual({
      text: 'Your cart is empty.',
      rate: '85%',
    });
    expect(ssmlToText('<speak><prosody rate="100%">Hello.</prosody></speak>')).toEqual({ text: 'Hello.' });
  });

  it('keeps paragraphs and sentences apart', () => {
    expect(ssmlToText('<speak><p>One</p><p>Two</p><s>Three</s></speak>').text).toBe('One Two Three');
  });
});

describe('response checks', () => {
  const valid = {
    version: '1.0',
    response: {
      outputSpeech: { type: 'SSML', ssml: '<speak>Hello <break time="300ms"/> there.</speak>' },
      reprompt: { outputSpeech: { type: 'SSML', ssml: '<speak>Still there?</speak>' } },
      card: { type: 'Simple', title: 'Order', content: 'Placed.' },
      shouldEndSession: false,
    },
    sessionAttributes: { state: {} },
  };

  it('finds nothing wrong with a valid response', () => {
    expect(responseProblems(valid)).toEqual([]);
  });

  it.each([
    [{ ...valid, version: '2.0' }, 'The response version is not "1.0".'],
    [{ version: '1.0' }, 'The response has no response object.'],
    [
      { version: '1.0', response: { outputSpeech: { type: 'SSML', ssml: 'Hello' } } },
      'The speech is not wrapped in <speak>.',
    ],
    [
      { version: '1.0', response: { outputSpeech: { type: 'SSML', ssml: '<speak><p>Hello</speak>' } } },
      'The speech closes </speak> without opening it.',
    ],
    [
      {
        version: '1.0',
        response: { outputSpeech: { type: 'SSML', ssml: '<speak><blink>Hi</blink></speak>' } },
      },
      'The speech uses <blink>, which Alexa does not know.',
    ],
    [
      { version: '1.0', response: { outputSpeech: { type: 'SSML', ssml: '<speak>Salt & pepper</speak>' } } },
      'The speech has a bare &.',
    ],
    [
      {
        version: '1.0',
        response: { outputSpeech: { type: 'SSML', ssml: `<speak>${'a'.repeat(8000)}</speak>` } },
      },
      'The speech has 8015 characters (Alexa allows 8000).',
    ],
    [{ version: '1.0', response: { card: { type: 'Fancy' } } }, 'The card has an unknown type.'],
    [{ version: '1.0', response: { shouldEndSession: 'yes' } }, 'shouldEndSession is not a boolean.'],
    [{ version: '1.0', response: { directives: [{}] } }, 'A directive has no type.'],
  ])('finds the problem in %j', (envelope, problem) => {
    expect(responseProblems(envelope)).toContain(problem);
  });

  it('refuses a response over 24 KB', () => {
    const big = { ...valid, sessionAttributes: { state: 'x'.repeat(25 * 1024) } };
    expect(responseProblems(big).join(' ')).toMatch(/bytes \(Alexa allows 24576\)/);
  });
});
