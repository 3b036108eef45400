/**
 * With a payment webhook configured, every function that may charge or release a payment (alexa,
 * google, merchant-api) gets the webhook secret's ARN and may read that secret, so the charges it
 * sends are signed; without one, none of them may read any secret.
 */
import { resources, STORE_CONTEXT, synthApp } from './synth-app';

const { stateless$ } = synthApp({ ...STORE_CONTEXT, paymentWebhookUrl: 'https://pay.example.com/charge' });
const functions = resources(stateless$, 'AWS::Lambda::Function');
const fn = (name: string) =>
  functions.find(([, f]) => f.Properties.Description === `voice commerce: ${name}`)!;
const policyOf = (name: string): string => {
  const role = (fn(name)[1].Properties.Role as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0]!;
  const [, policy] = resources(stateless$, 'AWS::IAM::Policy').find(([, p]) =>
    (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === role),
  )!;
  return JSON.stringify(policy.Properties.PolicyDocument);
};

it.each(['alexa', 'google', 'merchant-api'])('%s gets the payment webhook and its signing secret', (name) => {
  const env = (fn(name)[1].Properties.Environment as { Variables: Record<string, unknown> }).Variables;
  expect(env).toMatchObject({
    PAYMENT_MODE: 'merchant_webhook',
    PAYMENT_WEBHOOK_URL: 'https://pay.example.com/charge',
    MERCHANT_WEBHOOK_SECRET_ARN: { 'Fn::ImportValue': expect.stringMatching(/WebhookSecret/) as unknown },
  });
  expect(policyOf(name)).toMatch(/secretsmanager:GetSecretValue.*WebhookSecret/);
});
