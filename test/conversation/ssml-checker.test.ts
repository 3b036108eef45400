/**
 * The test SSML checker itself: it must reject what a platform would reject, or the accessibility
 * checks every conversation test runs would pass for nothing.
 */
import { ssmlProblems } from './support/ssml-checker';

it('accepts well-formed SSML with the allowed elements and entities', () => {
  expect(
    ssmlProblems(
      '<speak><prosody rate="85%">Ben &amp; Jerry&apos;s <break time="300ms"/> <say-as interpret-as="characters">123</say-as></prosody></speak>',
    ),
  ).toEqual([]);
});

it.each([
  ['an unescaped ampersand', '<speak>Ben & Jerry</speak>'],
  ['an unescaped less-than', '<speak>size < 5</speak>'],
  ['an unescaped greater-than', '<speak>size > 5</speak>'],
  ['an unknown element', '<speak><audio src="x"/></speak>'],
  ['an unclosed element', '<speak><prosody rate="90%">hi</speak>'],
  ['crossed elements', '<speak><s><p>hi</s></p></speak>'],
  ['an unquoted attribute', '<speak><break time=3s/></speak>'],
  ['a bare entity name', '<speak>&nbsp;</speak>'],
])('rejects %s', (_, ssml) => {
  expect(ssmlProblems(ssml).length).toBeGreaterThan(0);
});
