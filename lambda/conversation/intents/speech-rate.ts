/**
 * Speech rate: "talk slower", "talk faster", "normal speed". Kept in the profile (so it lasts) and
 * in the dialog state (so warm turns need no profile read); applied to every reply with prosody.
 * At a limit nothing is written.
 */
import { SPEECH_RATE } from '../../domain/customer-service';
import { ask } from '../reply';
import type { IntentHandler } from '../turn-context';

type Change = 'slower' | 'faster' | 'normal';

function rateChange(change: Change): IntentHandler {
  return async (ctx) => {
    const { common } = ctx.locale;
    const current = ctx.state.rate ?? SPEECH_RATE.normal;
    const reprompt = common.rateReprompt();
    if (change === 'slower' && current <= SPEECH_RATE.min) return ask(common.slowest(), reprompt, ctx.state);
    if (change === 'faster' && current >= SPEECH_RATE.max) return ask(common.fastest(), reprompt, ctx.state);
    if (change === 'normal' && current === SPEECH_RATE.normal)
      return ask(common.normalSpeed(), reprompt, ctx.state);
    const rate = await ctx.deps.customers.changeSpeechRate(ctx.customer.id, change);
    const speech =
      change === 'slower' ? common.slower() : change === 'faster' ? common.faster() : common.normalSpeed();
    return ask(speech, reprompt, { ...ctx.state, rate });
  };
}

/** SpeakSlowerIntent. */
export const speakSlower: IntentHandler = rateChange('slower');
/** SpeakFasterIntent. */
export const speakFaster: IntentHandler = rateChange('faster');
/** NormalSpeedIntent. */
export const normalSpeed: IntentHandler = rateChange('normal');
