/**
 * How the voice console judges a turn: a skill stand-in (the console is what is tested here, not
 * the skill) that throws, answers a response Alexa would refuse, or logs an error makes the turn
 * fail, is printed with the reason, and ends the session as a device would on an invalid response.
 * Also the transcript's shape and the commands' clear answers to bad input.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { AlexaDevice } from '../../lambda/local/console/alexa-device';
import { consoleBanner, VOICE_CODE_HINT } from '../../lambda/local/console/console-guide';
import { ConsoleSession } from '../../lambda/local/console/console-session';
import { createSpeaker } from '../../lambda/local/console/speaker';
import { colourWanted, makeStyle } from '../../lambda/local/console/terminal-style';
import { TurnLog } from '../../lambda/local/console/turn-log';

type Behaviour = 'ok' | 'throw' | 'invalid' | 'log-error';

function consoleWith(behaviour: () => Behaviour) {
  const log = new TurnLog();
  const lines: string[] = [];
  const skill = {
    invoke: (event: unknown): Promise<ResponseEnvelope> => {
      const mode = behaviour();
      if (mode === 'throw') return Promise.reject(new TypeError('boom'));
      if (mode === 'log-error') log.error('alexa.turn_failed', { error: 'TypeError' });
      const ssml =
        mode === 'invalid' ? 'Hello <b>there' : '<speak>Hello <break time="600ms"/> there.</speak>';
      const type = (event as { request: { type: string } }).request.type;
      return Promise.resolve({
        version: '1.0',
        response: {
          outputSpeech: { type: 'SSML', ssml },
          reprompt: { outputSpeech: { type: 'SSML', ssml: '<speak>Anything else?</speak>' } },
          card: { type: 'Simple', title: 'Cart', content: 'Two items' },
          shouldEndSession: type === 'SessionEndedRequest' ? undefined : false,
        },
        sessionAttributes: { state: { turn: 1 } },
      } as ResponseEnvelope);
    },
  };
  const session = new ConsoleSession({
    makeDevice: (platform, locale) =>
      platform === 'google'
        ? 'The Google action is not wired into the console yet: use /platform alexa.'
        : new AlexaDevice({
            skill,
            skillId: 'amzn1.ask.skill.test',
            userId: 'amzn1.ask.account.T',
            locale,
            log,
          }),
    platform: 'alexa',
    locale: 'en-US',
    issueToken: () => Promise.reject(new Error('no database here')),
    print: (line) => lines.push(line),
    style: makeStyle(false),
    speaker: createSpeaker('a-command-that-does-not-exist'),
    echo: true,
  });
  return { session, lines };
}

describe('the console session', () => {
  it('prints a clean turn with its pieces and counts no failure', async () => {
    const { session, lines } = consoleWith(() => 'ok');
    await session.open();
    await session.handle('help');
    expect(lines).toEqual([
      '(the console opens it for you, as saying "open voice shop" would)',
      '  → LaunchRequest',
      expect.stringMatching(/^Alexa: Hello … there\. \(\d+ ms\)$/),
      '  reprompt: Anything else?',
      '  card: Cart: Two items',
      'You: help',
      '  → IntentRequest AMAZON.HelpIntent',
      expect.stringMatching(/^Alexa: Hello … there\. \(\d+ ms\)$/),
      '  reprompt: Anything else?',
      '  card: Cart: Two items',
    ]);
    expect(session.failed).toBe(0);
  });

  it.each([
    ['throw', /✗ the skill threw TypeError: boom/],
    ['invalid', /✗ invalid response: The speech is not wrapped in <speak>\./],
    ['log-error', /✗ the handler logged an error: alexa\.turn_failed/],
  ] as const)('fails a turn when the skill does "%s"', async (mode, problem) => {
    let calls = 0;
    const { session, lines } = consoleWith(() => (calls++ === 1 ? mode : 'ok'));
    await session.open();
    const outcome = await session.handle('do you have eggs');
    expect(outcome.failed).toBe(true);
    expect(outcome.exchanges.length).toBeGreaterThan(0);
    expect(session.failed).toBe(1);
    expect(lines.join('\n')).toMatch(problem);
    if (mode !== 'log-error') {
      expect(lines).toContain('  (session ended)');
      expect(session.current.sessionOpen).toBe(false);
    }
  });

  it('answers bad commands clearly and counts them as failures', async () => {
    const { session, lines } = consoleWith(() => 'ok');
    await session.handle('/link');
    expect(lines.at(-1)).toMatch(/^Give a customer id: 1 to 128 letters/);
    await session.handle('/link someone');
    expect(lines.at(-1)).toBe('Could not sign a dev token: no database here');
    await session.handle('/platform google');
    expect(lines.at(-1)).toMatch(/Google action is not wired/);
    await session.handle('/platform tv');
    expect(lines.at(-1)).toBe('Say /platform alexa or /platform google.');
    expect(session.failed).toBe(4);
    expect(await session.handle('/platform tv')).toEqual({ quit: false, exchanges: [], failed: true });
    expect(await session.handle('/quit')).toEqual({ quit: true, exchanges: [], failed: false });
  });

  it('says so when a shopper opens the skill again while it is open, and only then', async () => {
    const { session, lines } = consoleWith(() => 'ok');
    await session.open();
    await session.handle('open voice shop');
    const note = '(the skill was open already: "open voice shop" ended that session and started a new one)';
    expect(lines.filter((line) => line === note)).toHaveLength(1);
    expect(lines).toContain('  → LaunchRequest');
    await session.handle('stop');
    await session.current.end();
    await session.handle('open voice shop');
    expect(lines.filter((line) => line === note)).toHaveLength(1);
  });

  it('says how to set a voice code in the banner and in /help', async () => {
    expect(VOICE_CODE_HINT).toContain('"set my voice code"');
    expect(consoleBanner('Ctrl-C stops everything')).toEqual([
      'Type what a shopper says; /help lists the commands; Ctrl-C stops everything.',
      VOICE_CODE_HINT,
    ]);
    const { session, lines } = consoleWith(() => 'ok');
    expect(await session.handle('/help')).toEqual({ quit: false, exchanges: [], failed: false });
    expect(lines).toContain(VOICE_CODE_HINT);
    expect(lines).toContain(
      '  /link <customer>   link the account of a customer (a dev token rides on every request)',
    );
  });

  it('colours only where wanted: NO_COLOR wins, FORCE_COLOR forces, else a colour terminal', () => {
    const tty = { isTTY: true, hasColors: () => true };
    expect(colourWanted(tty, { NO_COLOR: '1' })).toBe(false);
    expect(colourWanted({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colourWanted(tty, {})).toBe(true);
    expect(colourWanted({ isTTY: false }, {})).toBe(false);
    expect(makeStyle(true).you('x')).toBe('\u001b[36mx\u001b[39m');
  });
});
