/**
 * How shoppers start a skill or action by voice: "open voice shop" or "talk to voice shop" (a
 * launch) or "ask voice shop to find oat milk" (a one-shot request in a new session), with or
 * without "Alexa," in front.
 */
import { typedWords } from './spoken-words';

/** A launch, a one-shot request, or nothing of the kind (undefined). */
export type Invocation =
  { readonly kind: 'launch' } | { readonly kind: 'one-shot'; readonly request: string };

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Recognises an invocation of the skill named `invocationName`. */
export function parseInvocation(text: string, invocationName: string): Invocation | undefined {
  const said = typedWords(text).join(' ');
  const name = escape(typedWords(invocationName).join(' '));
  if (
    new RegExp(
      `^(alexa |ok google |hey google )?(open|launch|start|begin|load|run|use|talk to|speak to) (the )?${name}$`,
    ).test(said)
  ) {
    return { kind: 'launch' };
  }
  const oneShot = new RegExp(
    `^(alexa |ok google |hey google )?(ask|tell|open|launch|use|talk to) (the )?${name} (to |for |about |if |whether |and )?(.+)$`,
  ).exec(said);
  const request = oneShot?.[5]?.trim();
  return request ? { kind: 'one-shot', request } : undefined;
}
