/**
 * The parts of the carried dialog state that several products named together add: the products
 * still to find (`queued`) and a cart change over several lines (`lines`), each read field by field
 * so a tampered or malformed value is dropped, never trusted and never fatal.
 */
import { MOST_NAMED_TOGETHER } from '../../lambda/conversation/dialog-state';
import { readDialogState } from '../../lambda/conversation/read-dialog-state';

describe('readDialogState: products still to find', () => {
  it('keeps the words of each, skipping what is not words', () => {
    expect(readDialogState({ queued: ['eggs', 42, 'two bananas', ''] }).queued).toEqual([
      'eggs',
      'two bananas',
    ]);
  });

  it(`drops a list longer than ${MOST_NAMED_TOGETHER}, and an empty or non-list value`, () => {
    const many = Array.from({ length: MOST_NAMED_TOGETHER + 1 }, (_, i) => `thing ${i}`);
    expect(readDialogState({ queued: many }).queued).toBeUndefined();
    expect(readDialogState({ queued: [] }).queued).toBeUndefined();
    expect(readDialogState({ queued: 'eggs' }).queued).toBeUndefined();
  });
});

describe('readDialogState: a change over several cart lines', () => {
  const line = { sku: 'PRO-001', name: 'Bananas', before: 0, after: 2 };

  it('keeps each well-formed line and drops the rest', () => {
    const lastChange = { action: 'lines', lines: [line, { sku: 'BAK-006', before: 0, after: 1 }, 'x'] };
    expect(readDialogState({ lastChange }).lastChange).toEqual({ action: 'lines', lines: [line] });
  });

  it('drops a line that did not change, and a change with no line left', () => {
    const unchanged = { ...line, after: 0 };
    expect(
      readDialogState({ lastChange: { action: 'lines', lines: [unchanged] } }).lastChange,
    ).toBeUndefined();
    expect(readDialogState({ lastChange: { action: 'lines', lines: [] } }).lastChange).toBeUndefined();
  });

  it('reads the other product of a two-way pick with a one-line change, and drops a malformed one', () => {
    const other = { sku: 'DAI-002', name: '2% Reduced Fat Milk' };
    expect(readDialogState({ lastChange: { action: 'line', ...line, other } }).lastChange).toEqual({
      action: 'line',
      ...line,
      other,
    });
    const malformed = readDialogState({
      lastChange: { action: 'line', ...line, other: { sku: 7 } },
    }).lastChange;
    expect(malformed).toEqual({ action: 'line', ...line });
  });

  it('still reads a one-line change as before', () => {
    expect(readDialogState({ lastChange: { action: 'line', ...line } }).lastChange).toEqual({
      action: 'line',
      ...line,
    });
  });
});

describe('readDialogState: a question that adds to a placed order', () => {
  const items = [
    { sku: 'DAI-002', name: '2% Reduced Fat Milk', price: 429 },
    { sku: 'DAI-003', name: 'Whole Milk', price: 549 },
  ];

  it('keeps the order and the count the pick adds, with or without an order named', () => {
    const withOrder = { kind: 'choice', items, pick: { action: 'order', quantity: 2, orderId: '44538897' } };
    expect(readDialogState({ list: withOrder }).list?.pick).toEqual({
      action: 'order',
      quantity: 2,
      orderId: '44538897',
    });
    const latest = { kind: 'choice', items, pick: { action: 'order', quantity: 1 } };
    expect(readDialogState({ list: latest }).list?.pick).toEqual({ action: 'order', quantity: 1 });
  });

  it('drops a pick with no count, and an order id that is not words', () => {
    const noCount = { kind: 'choice', items, pick: { action: 'order', quantity: 'two' } };
    expect(readDialogState({ list: noCount }).list?.pick).toBeUndefined();
    const badId = { kind: 'choice', items, pick: { action: 'order', quantity: 1, orderId: { x: 1 } } };
    expect(readDialogState({ list: badId }).list?.pick).toEqual({ action: 'order', quantity: 1 });
  });
});

describe('readDialogState: a product offered for a placed order', () => {
  const offered = { kind: 'add', sku: 'SNK-010', name: 'Beef Jerky Original', quantity: 1 };

  it('keeps that the yes is for an order, with or without its id', () => {
    expect(readDialogState({ pending: { ...offered, toOrder: { orderId: '94515044' } } }).pending).toEqual({
      ...offered,
      toOrder: { orderId: '94515044' },
    });
    expect(readDialogState({ pending: { ...offered, toOrder: {} } }).pending).toEqual({
      ...offered,
      toOrder: {},
    });
  });

  it('reads an offer without it, or with something that is no order, as an offer for the cart', () => {
    expect(readDialogState({ pending: offered }).pending).toEqual(offered);
    expect(readDialogState({ pending: { ...offered, toOrder: 'yes' } }).pending).toEqual(offered);
  });
});
