/** The structured logger: one JSON line per event, levels, and redaction of personal fields. */
import { StructuredLogger } from '../../lambda/adapters/system/structured-logger';

function capture(level: ConstructorParameters<typeof StructuredLogger>[0]) {
  const lines: Record<string, unknown>[] = [];
  const logger = new StructuredLogger(level, { fn: 'alexa' }, (line) =>
    lines.push(JSON.parse(line) as Record<string, unknown>),
  );
  return { logger, lines };
}

describe('StructuredLogger', () => {
  it('writes one JSON object per event with level, event and fields', () => {
    const { logger, lines } = capture('info');
    logger.info('turn', { intent: 'AddToCartIntent', ms: 12 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      event: 'turn',
      fn: 'alexa',
      intent: 'AddToCartIntent',
      ms: 12,
    });
  });

  it('drops events below its level and logs nothing when silent', () => {
    const warn = capture('warn');
    warn.logger.info('quiet');
    warn.logger.error('loud');
    expect(warn.lines.map((l) => l.event)).toEqual(['loud']);
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
  });
});
