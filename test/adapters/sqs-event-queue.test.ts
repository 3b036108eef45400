/**
 * The SQS FIFO event queue's requests (SQS does not run here; the SDK client's middleware answers
 * in its place and records what would be sent): whole events as message bodies, one message group
 * per order, deduplication by event id, batches of ten in order, a refused message making the put
 * fail, and postponement capped at SQS's twelve hours.
 */
import { SQSClient } from '@aws-sdk/client-sqs';
import type { SQSRecord } from 'aws-lambda';
import type { QueuedEvent } from '../../lambda/adapters/webhooks/event-queue';
import { receivedFromSqs, SqsEventQueue } from '../../lambda/adapters/webhooks/sqs-event-queue';

const URL = 'https://sqs.us-east-1.amazonaws.com/000000000000/order-events.fifo';
const sent: { command: string; input: Record<string, unknown> }[] = [];
let refuse = false;

const client = new SQSClient({
  region: 'us-east-1',
  credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
});
client.middlewareStack.add(
  (_next, context) => (args) => {
    sent.push({ command: context.commandName ?? '', input: args.input as Record<string, unknown> });
    const entries = ((args.input as { Entries?: { Id: string }[] }).Entries ?? []).map((e) => e.Id);
    const output = refuse
      ? { Successful: [], Failed: [{ Id: entries[0], Code: 'InternalError', SenderFault: false }] }
      : { Successful: entries.map((Id) => ({ Id, MessageId: `m-${Id}` })), Failed: [] };
    return Promise.resolve({ output: { ...output, $metadata: {} }, response: {} });
  },
  { step: 'initialize', name: 'answerInsteadOfSqs' },
);
const queue = new SqsEventQueue(client, URL);
beforeEach(() => {
  sent.length = 0;
  refuse = false;
});

const event = (n: number, group = `ord-${n % 3}`): QueuedEvent => ({
  id: `event-${n}`,
  group,
  type: 'order.placed',
  body: JSON.stringify({ id: `event-${n}`, order: { orderId: group } }),
});

it('sends whole events in order, in batches of ten, grouped by order and deduplicated by event id', async () => {
  const events = Array.from({ length: 25 }, (_, n) => event(n));
  await queue.enqueue(events);
  expect(sent.map((s) => s.command)).toEqual(Array(3).fill('SendMessageBatchCommand'));
  const entries = sent.flatMap((s) => s.input.Entries as Record<string, unknown>[]);
  expect(entries.map((e) => e.MessageBody)).toEqual(events.map((e) => e.body));
  expect(entries.map((e) => e.MessageGroupId)).toEqual(events.map((e) => e.group));
  expect(new Set(entries.map((e) => e.MessageDeduplicationId)).size).toBe(25);
  expect(sent[0]!.input.QueueUrl).toBe(URL);
  await queue.enqueue([events[0]!]);
  const again = (sent.at(-1)!.input.Entries as Record<string, unknown>[])[0]!;
  expect(again.MessageDeduplicationId).toBe(entries[0]!.MessageDeduplicationId);
});

it('fails the put when the queue refuses a message, so the stream retries it', async () => {
  refuse = true;
  await expect(queue.enqueue([event(1)])).rejects.toThrow(/refused 1/);
});

it('postpones by changing the visibility, at most twelve hours', async () => {
  const [received] = receivedFromSqs([
    {
      messageId: 'm-1',
      receiptHandle: 'receipt-1',
      body: event(1).body,
      attributes: { ApproximateReceiveCount: '4', MessageGroupId: 'ord-1' },
      messageAttributes: { eventId: { stringValue: 'event-1' }, eventType: { stringValue: 'order.placed' } },
    } as unknown as SQSRecord,
  ]);
  expect(received).toMatchObject({ id: 'event-1', group: 'ord-1', receiveCount: 4, receipt: 'receipt-1' });
  await queue.postpone(received!, 240);
  await queue.postpone(received!, 100_000);
  expect(sent.map((s) => [s.command, s.input.ReceiptHandle, s.input.VisibilityTimeout])).toEqual([
    ['ChangeMessageVisibilityCommand', 'receipt-1', 240],
    ['ChangeMessageVisibilityCommand', 'receipt-1', 43_200],
  ]);
});
