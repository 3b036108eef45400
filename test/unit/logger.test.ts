/**
 * The logger (Powertools for AWS Lambda's Logger behind the Logger port): one JSON line per event
 * with its level, the event as the message and the fields beside it; levels; redaction of fields
 * that could hold personal data or secrets; errors by name and message, never the stack.
 */
import { PowertoolsLogger } from '../../lambda/adapters/system/powertools-logger';
import type { LogLevel } from '../../lambda/adapters/system/log-fields';

/** A logger at `level` and every line it writes (info on stdout, warnings and errors on stderr). */
function capture(level: LogLevel) {
  const lines: Record<string, unknown>[] = [];
  const keep = (chunk: unknown) => (lines.push(JSON.parse(String(chunk)) as Record<string, unknown>), true);
  const spies = [
    jest.spyOn(process.stdout, 'write').mockImplementation(keep),
    jest.spyOn(process.stderr, 'write').mockImplementation(keep),
  ];
  const logger = new PowertoolsLogger(level, { fn: 'alexa' });
  return { logger, lines, spies };
}

afterEach(() => jest.restoreAllMocks());

describe('PowertoolsLogger', () => {
  it('writes one JSON object per event with level, event and fields', () => {
    const { logger, lines } = capture('info');
    logger.info('turn', { intent: 'AddToCartIntent', ms: 12 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'INFO',
      message: 'turn',
      service: 'voice-commerce',
      fn: 'alexa',
      intent: 'AddToCartIntent',
      ms: 12,
    });
    expect(typeof lines[0]!.timestamp).toBe('string');
  });

  it('drops events below its level and logs nothing when silent', () => {
    const warn = capture('warn');
    warn.logger.info('quiet');
    warn.logger.error('loud');
    expect(warn.lines.map((l) => l.message)).toEqual(['loud']);
    jest.restoreAllMocks();
    const silent = capture('silent');
    silent.logger.error('nothing');
    expect(silent.lines).toEqual([]);
  });

  it('redacts fields that could hold personal data or secrets', () => {
    const { logger, lines } = capture('info');
    logger.warn('oops', {
      accessToken: 'abc',
      utterance: 'my address is',
      email: 'a@b.c',
      code: 'OUT_OF_STOCK',
    });
    expect(lines[0]).toMatchObject({
      accessToken: '[redacted]',
      utterance: '[redacted]',
      email: '[redacted]',
      code: 'OUT_OF_STOCK',
    });
  });

  it('logs errors by name and message, never the stack', () => {
    const { logger, lines } = capture('info');
    logger.error('failed', { error: new TypeError('boom') });
    expect(lines[0]!.error).toEqual({ name: 'TypeError', message: 'boom' });
    expect(JSON.stringify(lines[0])).not.toMatch(/at Object\.|\.ts:\d+/);
  });
});
