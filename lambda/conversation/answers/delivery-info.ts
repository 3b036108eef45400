/**
 * The store's delivery options as a shopper asks about them ("do you deliver", "when could it
 * come" with nothing in focus): each option with its price and when an order placed now would
 * come, and what makes standard delivery free.
 */
import { expectedDeliveryDate } from '../../domain/delivery';
import { deliveryNames } from '../checkout/delivery-names';
import { deliveryWhen } from '../checkout/delivery-when';
import { settled } from '../dialog-state';
import { ask, type Answer } from '../reply';
import { sentences } from '../speech/phrase';
import type { TurnContext } from '../turn-context';

/**
 * The delivery options, read from the store settings, then "what else would you like to know?", or,
 * while checkout asks how the order should come, that question again.
 */
export function deliveryInfoAnswer(ctx: TurnContext): Promise<Answer> {
  const { product, store, phrasing, checkout } = ctx.locale;
  const { settings } = ctx;
  const { pending } = ctx.state;
  // Asked during checkout's delivery question, the question still stands after the answer.
  const choose =
    pending?.kind === 'delivery'
      ? checkout.chooseDeliveryReprompt({
          options: deliveryNames(ctx.locale, settings, 'or', pending.optionIds),
        })
      : undefined;
  const answer = (speech: ReturnType<typeof sentences>) =>
    Promise.resolve(
      choose
        ? ask(sentences(speech, choose), choose, ctx.state)
        : ask(sentences(speech, store.question()), store.reprompt(), settled(ctx.state)),
    );
  if (settings.deliveryOptions.length === 0) return answer(store.noDeliverySet());
  const now = ctx.deps.clock.now();
  const options = settings.deliveryOptions.slice(0, 3).map((o) => {
    const when = deliveryWhen(
      ctx.locale,
      ctx.today,
      expectedDeliveryDate(o, now, settings.timeZone),
      o.window,
    );
    return o.price.amount === 0
      ? product.deliveryChoiceFree({ option: o.name, when })
      : product.deliveryChoice({ option: o.name, price: o.price, when });
  });
  const standard = settings.deliveryOptions.find((o) => o.id === settings.defaultDeliveryOptionId);
  const free =
    standard && settings.freeDeliveryThreshold && standard.price.amount > 0
      ? store.freeDelivery({ option: standard.name, price: settings.freeDeliveryThreshold })
      : undefined;
  return answer(sentences(store.deliveryOptions({ options: phrasing.clauses(options, 'and') }), free));
}
