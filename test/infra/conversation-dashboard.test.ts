/**
 * The conversation dashboard reads the metrics the voice functions really write: the namespace the
 * functions are given, the service dimension and metric names the metrics adapter uses, and the
 * log message the core writes for every fallback.
 */
import {
  DEFAULT_METRICS_NAMESPACE,
  METRIC_NAMES,
  METRICS_SERVICE,
} from '../../lambda/adapters/system/powertools-metrics';
import { only, resources, synthApp } from './synth-app';

const { stateless$ } = synthApp();

/** The dashboard body with its tokens (log group names, region) replaced by placeholders. */
function dashboardBody(): { widgets: { type: string; properties: Record<string, unknown> }[] } {
  const [, dashboard] = only(stateless$, 'AWS::CloudWatch::Dashboard');
  const join = dashboard.Properties.DashboardBody as { 'Fn::Join': [string, unknown[]] };
  const text = join['Fn::Join'][1].map((part) => (typeof part === 'string' ? part : 'TOKEN')).join('');
  return JSON.parse(text) as { widgets: { type: string; properties: Record<string, unknown> }[] };
}

const voiceFunctions = resources(stateless$, 'AWS::Lambda::Function').filter(([, fn]) =>
  /voice commerce: (alexa|google)$/.test(String(fn.Properties.Description)),
);

describe('the conversation dashboard', () => {
  const body = dashboardBody();
  const metricWidgets = body.widgets.filter((w) => w.type === 'metric');
  const metricRows = metricWidgets.flatMap((w) => w.properties.metrics as unknown[][]);
  const named = metricRows.filter((row) => typeof row[0] === 'string' && !String(row[0]).startsWith('{'));

  it('is named after the stack, as the README says', () => {
    const [, dashboard] = only(stateless$, 'AWS::CloudWatch::Dashboard');
    expect(dashboard.Properties.DashboardName).toBe('VoiceCommerceStateless-conversation');
  });

  it('gives both voice functions the namespace the adapter writes to', () => {
    expect(voiceFunctions).toHaveLength(2);
    for (const [, fn] of voiceFunctions) {
      const env = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(env.POWERTOOLS_METRICS_NAMESPACE).toBe(DEFAULT_METRICS_NAMESPACE);
    }
  });

  it('charts fallbacks, reinterpretations and undos per 100 turns on each platform', () => {
    const wanted = [METRIC_NAMES.fallback, METRIC_NAMES.reinterpreted, METRIC_NAMES.undo, METRIC_NAMES.turn];
    for (const name of wanted) {
      for (const platform of ['alexa', 'google']) {
        expect(named).toContainEqual(
          expect.arrayContaining([
            DEFAULT_METRICS_NAMESPACE,
            name,
            'service',
            METRICS_SERVICE,
            'platform',
            platform,
          ]) as unknown,
        );
      }
    }
    const expressions = metricRows
      .map((row) => row.find((cell) => typeof cell === 'object' && cell !== null && 'expression' in cell))
      .filter(Boolean) as { expression: string }[];
    expect(expressions.filter((e) => /100 \* events_\w+ \/ turns_/.test(e.expression))).toHaveLength(6);
    expect(expressions.some((e) => e.expression.includes('previousIntent'))).toBe(true);
  });

  it('groups the fallback log lines of both voice functions by what was open', () => {
    const [logs] = body.widgets.filter((w) => w.type === 'log');
    const query = String(logs!.properties.query);
    expect(query).toContain('filter message = "conversation.fallback"');
    expect(query).toContain('by platform, previousIntent, openQuestion, openList');
    expect(query.match(/SOURCE/g)).toHaveLength(2);
  });
});
