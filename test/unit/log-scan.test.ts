/**
 * The log scan that ends every test run: it names lines holding an access token, a voice code, an
 * address or a shopper's name, and lets ordinary structured log lines through.
 */
import { leaks } from '../support/log-scan';

it('names each kind of personal data or secret in a log line', () => {
  const found = leaks([
    '{"level":"info","event":"identity.resolved","token":"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjdXN0LTEifQ.c2lnbmF0dXJl"}',
    '{"level":"info","event":"turn","slots":{"code":{"raw":"4821"}}}',
    'authorization: Bearer abcdefghijklmnopqrstuvwxyz',
    '{"event":"profile.saved","note":"ships to 12 Analytical Way"}',
    '{"event":"profile.saved","shopper":"Grace Hopper"}',
    '{"event":"delivery","to":"221 Baker Street"}',
  ]);
  expect(found.map((f) => f.split(':')[0])).toEqual([
    'access token',
    'voice code',
    'bearer token',
    'address',
    'name or address',
    'address',
  ]);
});

it('lets ordinary log lines through', () => {
  expect(
    leaks([
      '{"level":"info","event":"conversation.turn","intent":"AddToCartIntent","ms":4821}',
      '{"level":"error","event":"order_event.undelivered","orderId":"48213907","httpStatus":503}',
      '{"level":"warn","event":"dev_server.alexa_rejected","reason":"BAD_SIGNATURE"}',
      'http: POST /alexa 200 12 ms (IntentRequest AddToCartIntent)',
    ]),
  ).toEqual([]);
});
