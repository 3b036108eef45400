/**
 * The after-order settings: defaults, Alexa's order updates only with a client id and a secret,
 * and the idle-cart schedule only with its group and role.
 */
import { ConfigError, readConfig } from '../../lambda/config';

describe('after-order settings', () => {
  it('default to a day of idle time, no order updates and no scheduler', () => {
    const config = readConfig({});
    expect(config.cartIdleMinutes).toBe(1440);
    expect(config.proactiveEvents).toBeUndefined();
    expect(config.idleCheckSchedule).toBeUndefined();
  });

  it("send order updates to Alexa's live API with the Login with Amazon token URL unless told otherwise", () => {
    const config = readConfig({
      ALEXA_CLIENT_ID: 'amzn1.application-oa2-client.abc',
      ALEXA_CLIENT_SECRET_ARN: 'arn:x',
      CART_IDLE_HOURS: '2',
    });
    expect(config.proactiveEvents).toEqual({
      apiUrl: 'https://api.amazonalexa.com',
      stage: 'live',
      tokenUrl: 'https://api.amazon.com/auth/o2/token',
      clientId: 'amzn1.application-oa2-client.abc',
      clientSecretArn: 'arn:x',
    });
    expect(config.cartIdleMinutes).toBe(120);
  });

  it('refuse a client id without a secret, naming the variables', () => {
    expect(() => readConfig({ ALEXA_CLIENT_ID: 'amzn1.application-oa2-client.abc' })).toThrow(ConfigError);
    expect(() => readConfig({ ALEXA_CLIENT_ID: 'amzn1.application-oa2-client.abc' })).toThrow(
      /ALEXA_CLIENT_SECRET/,
    );
    expect(() => readConfig({ CART_IDLE_HOURS: 'soon' })).toThrow(/CART_IDLE_HOURS/);
  });

  it('schedule idle checks with a group and a role, targeting the running function by default', () => {
    expect(
      readConfig({ IDLE_CHECK_SCHEDULE_GROUP: 'g', IDLE_CHECK_ROLE_ARN: 'arn:role' }).idleCheckSchedule,
    ).toEqual({
      group: 'g',
      roleArn: 'arn:role',
    });
    expect(readConfig({ IDLE_CHECK_SCHEDULE_GROUP: 'g' }).idleCheckSchedule).toBeUndefined();
  });
});
