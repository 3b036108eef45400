/**
 * The conversation's metrics on Powertools for AWS Lambda's Metrics, as CloudWatch will read them:
 * what Powertools writes to stdout is parsed and checked against the embedded metric format. A
 * turn's counts are added up and written once, with the turn itself; dimensions are the low-
 * cardinality labels only, words never reach a line, and a failing write never throws.
 */
import { MAX_DIMENSION_VALUES } from '../../lambda/adapters/system/metric-labels';
import {
  DEFAULT_METRICS_NAMESPACE,
  PowertoolsMetrics,
} from '../../lambda/adapters/system/powertools-metrics';
import { captureStdout, dimensionSets, emfLines, metricNames, type EmfLine } from '../support/emf';

let stdout: ReturnType<typeof captureStdout>;

beforeEach(() => {
  stdout = captureStdout();
});

afterEach(() => stdout.restore());

const written = (): EmfLine[] => emfLines(stdout.lines());

describe('PowertoolsMetrics', () => {
  it('writes a turn’s counts once it is published, added up, with a Turn count, as valid EMF', () => {
    const metrics = new PowertoolsMetrics();
    const turn = metrics.forTurn('alexa');
    const labels = { previousIntent: 'SearchProductIntent', openList: 'products', openQuestion: 'none' };
    turn.count('fallback', labels);
    turn.count('fallback', labels);
    turn.count('undo', { intent: 'AddToCartIntent' });
    expect(stdout.lines()).toEqual([]);

    turn.publish();
    const lines = written();
    expect(lines.map(metricNames)).toEqual([['Fallback'], ['Undo'], ['Turn']]);
    expect(lines[0]).toMatchObject({
      Fallback: 2,
      service: 'voice-commerce',
      platform: 'alexa',
      previousIntent: 'SearchProductIntent',
      openList: 'products',
      openQuestion: 'none',
    });
    expect(lines[0]!._aws.CloudWatchMetrics).toEqual([
      {
        Namespace: DEFAULT_METRICS_NAMESPACE,
        Dimensions: expect.any(Array) as unknown,
        Metrics: [{ Name: 'Fallback', Unit: 'Count' }],
      },
    ]);
    // Each label that is a dimension is its own set; the others ride along in the line only.
    expect(dimensionSets(lines[0]!)).toEqual(['platform+service', 'previousIntent+service']);
    expect(dimensionSets(lines[1]!)).toEqual(['intent+service', 'platform+service']);
    expect(lines[2]).toMatchObject({ Turn: 1, platform: 'alexa' });
    expect(dimensionSets(lines[2]!)).toEqual(['platform+service']);
  });

  it('publishes a turn once: a second publish writes nothing, a late count is written at once', () => {
    const turn = new PowertoolsMetrics().forTurn('google');
    turn.publish();
    turn.publish();
    expect(written().map(metricNames)).toEqual([['Turn']]);
    turn.count('reinterpreted', { intent: 'AddToCartIntent', rule: 'ordinal' });
    expect(written().map(metricNames)).toEqual([['Turn'], ['Reinterpreted']]);
    expect(written()[1]).toMatchObject({ Reinterpreted: 1, platform: 'google', rule: 'ordinal' });
  });

  it('keeps turns apart: each is labelled with its own platform, whatever a caller says', () => {
    const metrics = new PowertoolsMetrics();
    const alexa = metrics.forTurn('alexa');
    const google = metrics.forTurn('google');
    alexa.count('fallback', { platform: 'google' });
    google.count('undo', {});
    google.publish();
    alexa.publish();
    expect(written().map((line) => [metricNames(line)[0], line.platform])).toEqual([
      ['Undo', 'google'],
      ['Turn', 'google'],
      ['Fallback', 'alexa'],
      ['Turn', 'alexa'],
    ]);
  });

  it('writes a count outside any turn at once, in the configured namespace', () => {
    new PowertoolsMetrics({ namespace: 'CornerGrocer/Voice' }).count('undo', { intent: 'UndoIntent' });
    const [line] = written();
    expect(line).toMatchObject({ Undo: 1, intent: 'UndoIntent' });
    expect(line!._aws.CloudWatchMetrics[0]!.Namespace).toBe('CornerGrocer/Voice');
  });

  it('never lets words, odd keys or reserved names into a line', () => {
    const turn = new PowertoolsMetrics().forTurn('alexa');
    turn.count('reinterpreted', {
      intent: 'almond milk please',
      heard: 'two boxes',
      service: 'someone else',
      Fallback: 'x',
      'customer id': 'cust-1',
      rule: 'unitWord',
    });
    turn.publish();
    const [line] = written();
    expect(line).toMatchObject({ intent: 'other', heard: 'other', service: 'voice-commerce', rule: 'unitWord' });
    expect(line!.Fallback).toBeUndefined();
    expect(JSON.stringify(written())).not.toMatch(/almond|boxes|someone|cust-1/);
  });

  it(`bounds a dimension to ${MAX_DIMENSION_VALUES} values; later new ones become "other"`, () => {
    const metrics = new PowertoolsMetrics();
    for (let i = 0; i <= MAX_DIMENSION_VALUES; i += 1) metrics.count('fallback', { intent: `Intent${i}` });
    metrics.count('fallback', { intent: 'Intent0' });
    const intents = written().map((line) => line.intent);
    expect(intents.slice(0, 2)).toEqual(['Intent0', 'Intent1']);
    expect(intents.at(-2)).toBe('other');
    expect(intents.at(-1)).toBe('Intent0');
    expect(new Set(intents).size).toBe(MAX_DIMENSION_VALUES + 1);
  });

  it('never throws when stdout fails, and writes again once it works', () => {
    stdout.restore();
    const broken = jest.spyOn(process.stdout, 'write').mockImplementation(() => {
      throw new Error('EPIPE');
    });
    const metrics = new PowertoolsMetrics();
    const turn = metrics.forTurn('alexa');
    expect(() => turn.count('fallback', {})).not.toThrow();
    expect(() => turn.publish()).not.toThrow();
    broken.mockRestore();
    stdout = captureStdout();
    metrics.forTurn('alexa').publish();
    expect(written().map((line) => [metricNames(line), dimensionSets(line)])).toEqual([
      [['Turn'], ['platform+service']],
    ]);
  });

  it('writes nothing when Powertools metrics are turned off (POWERTOOLS_METRICS_DISABLED)', () => {
    process.env.POWERTOOLS_METRICS_DISABLED = 'true';
    try {
      const turn = new PowertoolsMetrics().forTurn('alexa');
      turn.count('fallback', {});
      turn.publish();
    } finally {
      delete process.env.POWERTOOLS_METRICS_DISABLED;
    }
    expect(stdout.lines()).toEqual([]);
  });
});
