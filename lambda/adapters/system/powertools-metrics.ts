/**
 * The conversation's metrics on Powertools for AWS Lambda's Metrics: CloudWatch embedded metric
 * format (EMF), one JSON line on stdout per event and turn, which CloudWatch Logs turns into
 * metrics without an API call. A turn's counts are kept until the turn is answered, added up, and
 * written once with a `Turn` count beside them (the denominator of "per 100 turns"). Nothing here
 * throws or waits: a metric that cannot be written is dropped, and the shopper still gets the answer.
 */
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type {
  ConversationEvent,
  MetricDimensions,
  MetricsPublisher,
  TurnMetrics,
} from '../../domain/metrics-port';
import { MetricLabels } from './metric-labels';

/** The metric each event is counted as, and the turn itself. */
export const METRIC_NAMES = {
  fallback: 'Fallback',
  reinterpreted: 'Reinterpreted',
  undo: 'Undo',
  turn: 'Turn',
} as const satisfies Record<ConversationEvent | 'turn', string>;

/** The namespace when none is configured. */
export const DEFAULT_METRICS_NAMESPACE = 'VoiceCommerce';

/** The `service` dimension of every metric (the logger's service name too). */
export const METRICS_SERVICE = 'voice-commerce';

/** Where the metrics go. */
export interface PowertoolsMetricsOptions {
  readonly namespace?: string;
  readonly serviceName?: string;
}

interface Counted {
  readonly name: string;
  readonly labels: MetricDimensions;
  count: number;
}

/** Counts conversation events as EMF lines through Powertools. */
export class PowertoolsMetrics implements MetricsPublisher {
  private readonly metrics: Metrics;
  private readonly labels = new MetricLabels();

  constructor(options: PowertoolsMetricsOptions = {}) {
    this.metrics = new Metrics({
      namespace: options.namespace ?? DEFAULT_METRICS_NAMESPACE,
      serviceName: options.serviceName ?? METRICS_SERVICE,
    });
  }

  /** Outside a turn: written at once. */
  count(event: ConversationEvent, dimensions: MetricDimensions): void {
    this.write([{ name: METRIC_NAMES[event], labels: dimensions, count: 1 }]);
  }

  /** A turn's counts, labelled with its platform and written by `publish`. */
  forTurn(platform: string): TurnMetrics {
    const pending = new Map<string, Counted>();
    let published = false;
    return {
      count: (event, dimensions) => {
        // The turn's platform is the platform: a caller's label cannot change it.
        const labels = { ...dimensions, platform };
        if (published) {
          this.write([{ name: METRIC_NAMES[event], labels, count: 1 }]);
          return;
        }
        const key = `${event} ${JSON.stringify(Object.entries(labels).sort())}`;
        const counted = pending.get(key);
        if (counted) counted.count += 1;
        else pending.set(key, { name: METRIC_NAMES[event], labels, count: 1 });
      },
      publish: () => {
        if (published) return;
        published = true;
        this.write([...pending.values(), { name: METRIC_NAMES.turn, labels: { platform }, count: 1 }]);
      },
    };
  }

  /** One EMF line per counted event; a failure drops the rest, never the turn. */
  private write(counted: readonly Counted[]): void {
    try {
      for (const { name, labels, count } of counted) {
        const { dimensions, fields } = this.labels.sort(labels);
        for (const [key, value] of Object.entries(dimensions)) this.metrics.addDimensions({ [key]: value });
        for (const [key, value] of Object.entries(fields)) this.metrics.addMetadata(key, value);
        this.metrics.addMetric(name, MetricUnit.Count, count);
        this.metrics.publishStoredMetrics();
      }
    } catch {
      // A metric must never cost the shopper the answer: what could not be written is dropped.
      this.discard();
    }
  }

  private discard(): void {
    try {
      this.metrics.clearMetrics();
      this.metrics.clearDimensions();
      this.metrics.clearMetadata();
    } catch {
      // Nothing more to do: the next write starts from whatever is left.
    }
  }
}
