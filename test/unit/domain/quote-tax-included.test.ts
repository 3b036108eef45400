/**
 * Prices that include the tax (VAT, GST): the total adds nothing for tax, and the tax the total
 * contains is worked out once, exactly; a delivery option with a window carries it into the quote.
 */
import { computeQuote } from '../../../lambda/domain/quote';
import { includedTax, parsePercent } from '../../../lambda/domain/money';
import { storeSettings, usd } from '../../support/store-fixture';

const now = new Date('2026-11-23T15:00:00Z');
const line = (sku: string, quantity: number, cents: number) => ({
  sku,
  name: sku,
  quantity,
  unitPrice: usd(cents),
});

describe('includedTax', () => {
  it.each([
    [12000, '20', 2000],
    [10500, '5', 500],
    [380, '20', 63],
    [61500, '5', 2929],
    [1, '20', 0],
    [0, '5', 0],
  ])('finds %i at %s%% to contain %i', (amount, rate, tax) => {
    expect(includedTax(usd(amount), parsePercent(rate)).amount).toBe(tax);
  });
});

describe('computeQuote with prices that include the tax', () => {
  const included = storeSettings({ pricesIncludeTax: true, taxRatePercent: '20', taxDeliveryAndFees: true });

  it('totals the shelf prices, delivery and fees, and names the tax they contain', () => {
    const quote = computeQuote([line('a', 2, 349), line('b', 1, 502)], included, 'standard', now);
    const paid = 698 + 502 + 499 + 10;
    expect(quote.total.amount).toBe(paid);
    // 1709 x 20 / 120 = 284.83 -> 285
    expect(quote.tax.amount).toBe(285);
  });

  it('takes the tax from the goods alone when delivery and fees are not taxed', () => {
    const quote = computeQuote(
      [line('a', 1, 1050)],
      storeSettings({ pricesIncludeTax: true, taxRatePercent: '5', taxDeliveryAndFees: false }),
      'standard',
      now,
    );
    expect(quote.total.amount).toBe(1050 + 499 + 10);
    expect(quote.tax.amount).toBe(50);
  });

  it('adds the tax on top when prices do not include it, as before', () => {
    const quote = computeQuote(
      [line('a', 1, 1000)],
      storeSettings({ taxRatePercent: '20' }),
      'standard',
      now,
    );
    expect(quote.tax.amount).toBe(200);
    expect(quote.total.amount).toBe(1000 + 499 + 10 + 200);
  });

  it('carries the delivery window of the chosen option', () => {
    const settings = storeSettings();
    const windowed = storeSettings({
      deliveryOptions: settings.deliveryOptions.map((o) =>
        o.id === 'standard' ? { ...o, window: { from: '18:00', to: '20:00' } } : o,
      ),
    });
    const quote = computeQuote([line('a', 1, 100)], windowed, 'standard', now);
    expect(quote.delivery.window).toEqual({ from: '18:00', to: '20:00' });
    expect(computeQuote([line('a', 1, 100)], settings, 'standard', now).delivery.window).toBeUndefined();
  });
});
