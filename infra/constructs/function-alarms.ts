/**
 * The alarms every function gets: any error, any throttle, and a p99 duration above a threshold,
 * each notifying the alarm topic.
 */
import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';

/** Adds an alarm on `metric` reaching `threshold` in one five-minute period. */
export function addAlarm(
  scope: Construct,
  id: string,
  metric: IMetric,
  threshold: number,
  topic: ITopic,
  description: string,
): Alarm {
  const alarm = new Alarm(scope, id, {
    metric,
    threshold,
    evaluationPeriods: 1,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: TreatMissingData.NOT_BREACHING,
    alarmDescription: description,
  });
  alarm.addAlarmAction(new SnsAction(topic));
  alarm.addOkAction(new SnsAction(topic));
  return alarm;
}

/** Errors, throttles and p99 duration alarms for one function. */
export function addFunctionAlarms(
  scope: Construct,
  name: string,
  fn: IFunction,
  topic: ITopic,
  p99ThresholdMs: number,
): Alarm[] {
  const period = Duration.minutes(5);
  return [
    addAlarm(scope, 'Errors', fn.metricErrors({ period, statistic: 'Sum' }), 1, topic, `${name}: errors`),
    addAlarm(
      scope,
      'Throttles',
      fn.metricThrottles({ period, statistic: 'Sum' }),
      1,
      topic,
      `${name}: throttled`,
    ),
    addAlarm(
      scope,
      'DurationP99',
      fn.metricDuration({ period, statistic: 'p99' }),
      p99ThresholdMs,
      topic,
      `${name}: p99 duration at or above ${p99ThresholdMs} ms`,
    ),
  ];
}
