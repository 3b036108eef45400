/**
 * The order-events pipeline (event source mapping, dead-letter queue) and the alarms of the
 * stateless stack, from its template.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { only, resources, synthApp, type Resource } from './synth-app';

const { stateless$ } = synthApp();
const functions = resources(stateless$, 'AWS::Lambda::Function');
const functionId = (name: string) =>
  functions.find(([, fn]) => fn.Properties.Description === `voice commerce: ${name}`)![0];

describe('the order-events pipeline', () => {
  const [, mapping] = only(stateless$, 'AWS::Lambda::EventSourceMapping', {
    FunctionName: { Ref: functionId('events') },
  });
  const [queueId, queue] = only(stateless$, 'AWS::SQS::Queue');

  it('feeds the table stream to the events function with retries, bisection and per-record failures', () => {
    expect(mapping.Properties).toMatchObject({
      FunctionName: { Ref: functionId('events') },
      EventSourceArn: { 'Fn::ImportValue': expect.stringMatching(/StreamArn/) as unknown },
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      MaximumRetryAttempts: 10,
      MaximumRecordAgeInSeconds: 86400,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
    });
  });

  it('wakes the function for orders inserted or modified only', () => {
    const filters = (mapping.Properties.FilterCriteria as { Filters: { Pattern: string }[] }).Filters;
    expect(filters.map((f) => JSON.parse(f.Pattern) as unknown)).toEqual([
      { eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { type: { S: ['Order'] } } } },
    ]);
  });

  it('dead-letters into an encrypted queue that refuses plain HTTP', () => {
    expect(queue.Properties).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 1209600 });
    stateless$.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queueId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});

describe('alarms', () => {
  const alarms = resources(stateless$, 'AWS::CloudWatch::Alarm').map(([, alarm]) => alarm);
  const [topicId] = only(stateless$, 'AWS::SNS::Topic');
  const of = (name: string): Resource[] =>
    alarms.filter((a) => JSON.stringify(a.Properties.Dimensions ?? []).includes(functionId(name)));

  it.each(['alexa', 'google', 'merchant-api', 'events', 'mcp', 'search-index'])(
    'watch %s for errors, throttles and p99 duration',
    (name) => {
      const props = of(name).map((a) => a.Properties);
      expect(props).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ MetricName: 'Errors', Statistic: 'Sum', Threshold: 1 }),
          expect.objectContaining({ MetricName: 'Throttles', Statistic: 'Sum', Threshold: 1 }),
          expect.objectContaining({ MetricName: 'Duration', ExtendedStatistic: 'p99' }),
        ]),
      );
    },
  );

  it('watch the dead-letter queue and how far the stream consumer is behind', () => {
    const metrics = alarms.map((a) => a.Properties.MetricName);
    expect(metrics).toEqual(expect.arrayContaining(['ApproximateNumberOfMessagesVisible', 'IteratorAge']));
  });

  it('all notify the alarm topic, which refuses plain HTTP', () => {
    expect(alarms.length).toBe(20);
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
    stateless$.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});
