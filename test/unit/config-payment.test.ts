/**
 * Payment through the merchant's webhook is signed, or the function does not start: the config
 * refuses webhook-payment mode without a signing secret (given directly, or as a Secrets Manager
 * ARN), and names what is missing.
 */
import { readConfig } from '../../lambda/config';

const WEBHOOK = { PAYMENT_MODE: 'merchant_webhook', PAYMENT_WEBHOOK_URL: 'https://pay.example.com/charge' };

it('refuses webhook payment without a signing secret', () => {
  expect(() => readConfig(WEBHOOK)).toThrow(/PAYMENT_MODE=merchant_webhook needs MERCHANT_WEBHOOK_SECRET/);
});

it('takes the secret as a Secrets Manager ARN, without an order-events webhook', () => {
  const arn = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:WebhookSecret-abc';
  expect(readConfig({ ...WEBHOOK, MERCHANT_WEBHOOK_SECRET_ARN: arn }).payment).toEqual({
    mode: 'merchant_webhook',
    url: 'https://pay.example.com/charge',
    secretArn: arn,
  });
});

it('takes the secret itself (the local stack)', () => {
  expect(readConfig({ ...WEBHOOK, MERCHANT_WEBHOOK_SECRET: 'local-secret' }).payment).toMatchObject({
    mode: 'merchant_webhook',
    secret: 'local-secret',
  });
});

it('needs no secret to pay on delivery', () => {
  expect(readConfig({}).payment).toEqual({ mode: 'pay_on_delivery' });
});
