/**
 * Google sends the words it could not match (intent.query) with NO_MATCH: the fallback says
 * briefly what it heard, escaped for SSML, and without words it says only that it did not catch it.
 */
import { GoogleSession, spoken } from '../support/google-requests';
import { createGoogleStack, type GoogleStack } from '../support/google-stack';

let stack: GoogleStack;

beforeAll(async () => {
  stack = await createGoogleStack();
});

afterAll(async () => {
  await stack.drop();
});

it('says what it heard in a fallback, escaped', async () => {
  const session = new GoogleSession(stack.action);
  await session.launch();
  const body = session.request('actions.intent.NO_MATCH_1');
  body.intent = { ...body.intent, query: 'purple <b>&</b> gold' };
  const reply = await session.send(body);
  expect(spoken(reply)).toMatch(/^Sorry, I didn't understand /);
  const ssml = reply.body.prompt?.firstSimple?.speech ?? '';
  expect(ssml).toContain('&quot;purple &lt;b&gt;&amp;&lt;/b&gt; gold&quot;.');
  expect(ssml).not.toContain('<b>');
});

it('says only that it did not catch it when no words came', async () => {
  const session = new GoogleSession(stack.action);
  await session.launch();
  expect(spoken(await session.say('actions.intent.NO_MATCH_1'))).toMatch(/^Sorry, I didn't catch that\. /);
});
