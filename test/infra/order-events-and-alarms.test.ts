/**
 * The order-events pipeline (the stream consumer that enqueues, the FIFO event queue with its
 * dead-letter queue, the queue consumer that delivers) and the alarms of the stateless stack, from
 * its template.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { only, resources, synthApp, type Resource } from './synth-app';

const { stateless$ } = synthApp();
const functions = resources(stateless$, 'AWS::Lambda::Function');
const functionId = (name: string) =>
  functions.find(([, fn]) => fn.Properties.Description === `voice commerce: ${name}`)![0];

describe('the order-events pipeline', () => {
  const mappings = resources(stateless$, 'AWS::Lambda::EventSourceMapping').map(([, m]) => m);
  // The table stream feeds the search index builder too: the events function's is the one here.
  const streamMapping = mappings.find(
    (m) =>
      m.Properties.StartingPosition !== undefined &&
      JSON.stringify(m.Properties.FunctionName) === JSON.stringify({ Ref: functionId('events') }),
  )!;
  const queueMapping = mappings.find((m) => m.Properties.StartingPosition === undefined)!;
  const queues = resources(stateless$, 'AWS::SQS::Queue');
  const [eventsId, events] = queues.find(([, q]) => q.Properties.RedrivePolicy !== undefined)!;
  const deadId = (events.Properties.RedrivePolicy as { deadLetterTargetArn: { 'Fn::GetAtt': string[] } })
    .deadLetterTargetArn['Fn::GetAtt'][0]!;
  const dead = queues.find(([id]) => id === deadId)![1];
  const [streamFailuresId] = queues.find(([id]) => id !== eventsId && id !== deadId)!;

  it('feeds the table stream to the events function, which only enqueues, with per-record failures', () => {
    expect(streamMapping.Properties).toMatchObject({
      FunctionName: { Ref: functionId('events') },
      EventSourceArn: { 'Fn::ImportValue': expect.stringMatching(/StreamArn/) as unknown },
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [streamFailuresId, 'Arn'] } } },
    });
    const env = (
      functions.find(([id]) => id === functionId('events'))![1].Properties.Environment as {
        Variables: Record<string, unknown>;
      }
    ).Variables;
    expect(env.ORDER_EVENTS_QUEUE_URL).toEqual({ Ref: eventsId });
  });

  it('wakes the stream half for orders inserted or modified, and return and handoff requests written, only', () => {
    const filters = (streamMapping.Properties.FilterCriteria as { Filters: { Pattern: string }[] }).Filters;
    expect(filters.map((f) => JSON.parse(f.Pattern) as unknown)).toEqual([
      { eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { type: { S: ['Order'] } } } },
      { eventName: ['INSERT'], dynamodb: { NewImage: { type: { S: ['ReturnRequest', 'Handoff'] } } } },
    ]);
  });

  it('delivers from a FIFO queue that keeps events for days and dead-letters whole events after 20 receives', () => {
    expect(events.Properties).toMatchObject({
      FifoQueue: true,
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 1209600,
      VisibilityTimeout: 360,
      RedrivePolicy: { maxReceiveCount: 20 },
    });
    expect(dead.Properties).toMatchObject({ FifoQueue: true, MessageRetentionPeriod: 1209600 });
    expect(queueMapping.Properties).toMatchObject({
      FunctionName: { Ref: functionId('events') },
      EventSourceArn: { 'Fn::GetAtt': [eventsId, 'Arn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: 10,
    });
  });

  it('lets the events function put on, receive from and postpone on the queue', () => {
    const policies = JSON.stringify(resources(stateless$, 'AWS::IAM::Policy').map(([, p]) => p.Properties));
    for (const action of [
      'sqs:SendMessage',
      'sqs:ReceiveMessage',
      'sqs:ChangeMessageVisibility',
      'sqs:DeleteMessage',
    ]) {
      expect(policies).toContain(action);
    }
  });

  it('keeps every queue encrypted and refusing plain HTTP', () => {
    for (const [id, queue] of queues) {
      expect(queue.Properties).toMatchObject({ SqsManagedSseEnabled: true });
      stateless$.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
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

  it('watch the dead letters, how long events wait on the queue, and how far the stream consumer is behind', () => {
    const metrics = alarms.map((a) => a.Properties.MetricName);
    expect(metrics.filter((m) => m === 'ApproximateNumberOfMessagesVisible')).toHaveLength(2);
    expect(metrics).toEqual(expect.arrayContaining(['ApproximateAgeOfOldestMessage', 'IteratorAge']));
  });

  it('all notify the alarm topic, which refuses plain HTTP', () => {
    expect(alarms.length).toBe(22);
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
