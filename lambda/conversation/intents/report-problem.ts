/**
 * Something wrong with a delivery: ReportProblemIntent ("the eggs were broken", "my milk was
 * missing", "I want to return the coffee") asks for a return or refund of that line; and
 * ReturnStatusIntent ("what's happening with my return") says how the newest request is going.
 */
import type { ReturnProblem } from '../after-order/after-order-state';
import { reportProblem as reportAnswer, returnStatusAnswer } from '../after-order/return-answers';
import { settled } from '../dialog-state';
import { ask } from '../reply';
import { productWords, requireLinked, slot, type IntentHandler } from '../turn-context';

const PROBLEMS: readonly ReturnProblem[] = ['broken', 'missing', 'spoiled', 'wrong', 'return'];

/** ReportProblemIntent: the problem heard (a return when none was said) with the item named. */
export const reportProblem: IntentHandler = async (ctx) => {
  requireLinked(ctx);
  const said = slot(ctx, 'problem')?.resolvedId;
  const problem = PROBLEMS.find((p) => p === said) ?? 'return';
  const words = productWords(ctx) ?? ctx.state.product?.name;
  if (!words) {
    const { returns } = ctx.locale;
    return ask(returns.whichItem(), returns.whichItemReprompt(), settled(ctx.state));
  }
  return reportAnswer(ctx, words, problem);
};

/** ReturnStatusIntent. */
export const returnStatus: IntentHandler = (ctx) => {
  requireLinked(ctx);
  return returnStatusAnswer(ctx);
};
