/**
 * Store questions answered from the store settings: returns, warranty, substitutions, where the store is, delivery options and costs
 * (with when an order placed now would come), how to pay, how to call, and opening hours today and
 * tomorrow.
 */
import { addDays, localTime } from '../../domain/delivery';
import { deliveryInfoAnswer } from '../answers/delivery-info';
import { settled } from '../dialog-state';
import { ask } from '../reply';
import { sentences, shorten, type Phrase } from '../speech/phrase';
import type { IntentHandler, TurnContext } from '../turn-context';

/** How much of a merchant's policy text is read aloud (one or two breaths). */
const POLICY_LENGTH = 400;

function answer(ctx: TurnContext, speech: Phrase) {
  const { store } = ctx.locale;
  return Promise.resolve(ask(sentences(speech, store.question()), store.reprompt(), settled(ctx.state)));
}

function policy(ctx: TurnContext, text: string, say: (p: { text: string }) => Phrase) {
  const trimmed = text.trim();
  return answer(ctx, trimmed ? say({ text: shorten(trimmed, POLICY_LENGTH) }) : ctx.locale.store.noPolicy());
}

/** ReturnPolicyIntent: "this store hasn't set a return policy yet" when it has none. */
export const returnPolicy: IntentHandler = (ctx) =>
  ctx.settings.returnPolicy.trim()
    ? policy(ctx, ctx.settings.returnPolicy, ctx.locale.store.returns)
    : answer(ctx, ctx.locale.returns.noPolicy());

/** WarrantyIntent. */
export const warranty: IntentHandler = (ctx) =>
  policy(ctx, ctx.settings.warrantyPolicy, ctx.locale.store.warranty);

/** SubstitutionPolicyIntent: "what if you're out of something": the store's substitution policy. */
export const substitutionPolicy: IntentHandler = (ctx) =>
  policy(ctx, ctx.settings.substitutionPolicy ?? '', ctx.locale.store.substitutions);

/** StoreLocationIntent: "where are you located": the store's address, for a pickup. */
export const storeLocation: IntentHandler = (ctx) =>
  policy(ctx, ctx.settings.storeAddress ?? '', ({ text }) =>
    ctx.locale.store.location({ store: ctx.settings.name, address: text }),
  );

/** DeliveryInfoIntent. */
export const deliveryInfo: IntentHandler = (ctx) => deliveryInfoAnswer(ctx);

/** PaymentInfoIntent: "how do I pay", "can I pay cash": how this store takes payment. */
export const paymentInfo: IntentHandler = (ctx) => {
  const { store } = ctx.locale;
  const way = ctx.deps.checkout.paymentWay();
  const how =
    way === 'on_delivery'
      ? store.payOnDelivery()
      : way === 'card_on_file'
        ? store.payByCardOnFile({ store: ctx.settings.name })
        : store.payAskStore();
  return answer(ctx, sentences(how, store.payOtherWays()));
};

/** ContactInfoIntent: "what's your phone number": the store's number and when someone answers. */
export const contactInfo: IntentHandler = (ctx) => {
  const { name, supportPhone, supportHours } = ctx.settings;
  return answer(ctx, ctx.locale.store.contact({ store: name, phone: supportPhone, hours: supportHours }));
};

/** StoreHoursIntent: today's hours and tomorrow's. */
export const storeHours: IntentHandler = (ctx) => {
  const { store, phrasing } = ctx.locale;
  if (ctx.settings.hours.length === 0) return answer(ctx, store.noHoursSet());
  const local = localTime(ctx.deps.clock.now(), ctx.settings.timeZone);
  const tomorrow = new Date(`${addDays(local.date, 1)}T12:00:00Z`).getUTCDay();
  const hoursOn = (day: number) => ctx.settings.hours.find((h) => h.day === day);
  const today = hoursOn(local.weekday);
  const next = hoursOn(tomorrow);
  const span = (h: { opens: string; closes: string }) => ({
    opens: phrasing.time(h.opens),
    closes: phrasing.time(h.closes),
  });
  return answer(
    ctx,
    sentences(
      today ? store.hoursToday(span(today)) : store.closedToday(),
      next ? store.hoursTomorrow(span(next)) : store.closedTomorrow(),
    ),
  );
};
