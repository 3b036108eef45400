/**
 * Choosing a new voice code: asked for, then read back digit by digit for a yes.
 */
import { awaiting, settled } from '../dialog-state';
import { ask, labels, type Answer } from '../reply';
import { characters } from '../speech/phrase';
import type { TurnContext } from '../turn-context';

/** Asks for a new code, or reads back the one given for a yes. */
export function askForNewCode(ctx: TurnContext, code: string | undefined): Answer {
  const { code: c, common } = ctx.locale;
  if (code !== undefined && /^\d{4}$/.test(code)) {
    return ask(
      c.confirmNew({ code: characters(code) }),
      c.confirmNewReprompt(),
      awaiting(settled(ctx.state), { kind: 'voiceCode', stage: 'confirm', code }),
      {
        suggestions: labels([common.yesLabel(), common.noLabel()]),
      },
    );
  }
  const speech = code === undefined ? c.askNew() : c.invalid();
  return ask(speech, c.askNewReprompt(), awaiting(settled(ctx.state), { kind: 'voiceCode', stage: 'new' }));
}
