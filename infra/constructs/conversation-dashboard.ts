/**
 * The conversation dashboard: what shoppers say that fails, for the merchant. Fallbacks,
 * reinterpretations and undos per 100 turns on each platform (from the embedded metrics the voice
 * functions write), fallbacks by the intent before them, and the fallback log lines grouped by what
 * was open when the conversation did not understand (never the shopper's words: none are logged).
 */
import { Duration } from 'aws-cdk-lib';
import {
  Dashboard,
  GraphWidget,
  LogQueryWidget,
  MathExpression,
  Metric,
  TextWidget,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { ILogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** The namespace the voice functions write their conversation metrics to (POWERTOOLS_METRICS_NAMESPACE). */
export const CONVERSATION_METRICS_NAMESPACE = 'VoiceCommerce';

/** The `service` dimension the voice functions write with every metric. */
export const CONVERSATION_METRICS_SERVICE = 'voice-commerce';

/** The platforms whose turns are counted. */
const PLATFORMS = ['alexa', 'google'] as const;

/** The counted events, as the functions name their metrics. */
const EVENTS = ['Fallback', 'Reinterpreted', 'Undo'] as const;

/** What the dashboard reads. */
export interface ConversationDashboardProps {
  /** The voice functions' log groups, for the fallback breakdown. */
  readonly logGroups: readonly ILogGroup[];
  readonly dashboardName?: string;
}

const PERIOD = Duration.hours(1);

function counted(name: string, dimensionsMap: Record<string, string>): Metric {
  return new Metric({
    namespace: CONVERSATION_METRICS_NAMESPACE,
    metricName: name,
    dimensionsMap: { service: CONVERSATION_METRICS_SERVICE, ...dimensionsMap },
    statistic: 'Sum',
    period: PERIOD,
  });
}

/** `event` per 100 turns on one platform. */
function per100Turns(event: string, platform: string): IMetric {
  // Ids are unique within a graph, which charts both platforms.
  const events = `events_${platform}`;
  const turns = `turns_${platform}`;
  return new MathExpression({
    expression: `IF(${turns} > 0, 100 * ${events} / ${turns}, 0)`,
    usingMetrics: { [events]: counted(event, { platform }), [turns]: counted('Turn', { platform }) },
    label: `${event} per 100 turns (${platform})`,
    period: PERIOD,
  });
}

/** Every previous intent's fallbacks (the functions bound that dimension's values). */
function fallbacksByPreviousIntent(): IMetric {
  const ns = CONVERSATION_METRICS_NAMESPACE;
  return new MathExpression({
    expression: `SEARCH('{${ns},previousIntent,service} MetricName="Fallback"', 'Sum', ${PERIOD.toSeconds()})`,
    label: '',
    period: PERIOD,
    usingMetrics: {},
  });
}

/** The fallback log lines grouped by what was open (the core logs `conversation.fallback`). */
const FALLBACK_QUERY = [
  'fields platform, heard, previousIntent, openQuestion, openList, productInFocus, slots',
  'filter message = "conversation.fallback"',
  'stats count(*) as fallbacks by platform, previousIntent, openQuestion, openList, productInFocus, slots',
  'sort fallbacks desc',
  'limit 50',
];

/** A CloudWatch dashboard of the conversation's metrics. */
export class ConversationDashboard extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: ConversationDashboardProps) {
    super(scope, id);
    this.dashboard = new Dashboard(this, 'Dashboard', {
      ...(props.dashboardName ? { dashboardName: props.dashboardName } : {}),
      defaultInterval: Duration.days(7),
    });
    this.dashboard.addWidgets(
      new TextWidget({
        markdown:
          '## What shoppers say that fails\nFallbacks, reinterpretations and undos per 100 turns. ' +
          'The table below groups fallbacks by what was open; shoppers\u2019 words are never logged.',
        width: 24,
        height: 2,
      }),
    );
    this.dashboard.addWidgets(
      ...EVENTS.map(
        (event) =>
          new GraphWidget({
            title: `${event} per 100 turns`,
            left: PLATFORMS.map((platform) => per100Turns(event, platform)),
            leftYAxis: { min: 0 },
            width: 8,
          }),
      ),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Turns',
        left: PLATFORMS.map((platform) => counted('Turn', { platform })),
        leftYAxis: { min: 0 },
        width: 6,
        height: 8,
      }),
      new GraphWidget({
        title: 'Fallbacks by the intent before them',
        left: [fallbacksByPreviousIntent()],
        leftYAxis: { min: 0 },
        width: 6,
        height: 8,
      }),
      new LogQueryWidget({
        title: 'Fallbacks by what was open',
        logGroupNames: props.logGroups.map((group) => group.logGroupName),
        queryLines: FALLBACK_QUERY,
        width: 12,
        height: 8,
      }),
    );
  }
}
