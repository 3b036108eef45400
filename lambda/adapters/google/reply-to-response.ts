/**
 * Reply -> what the webhook answers: the first simple prompt (speech and chat-bubble text within
 * Google's limits), suggestion chips for the options spoken, a card on screens, the next scene, and
 * the session parameters. Google has no reprompt field: the reprompt is kept in the session and said
 * when the shopper says nothing. A reply that asks to link the account goes to the sign-in scene
 * (once: back from sign-in, it ends the conversation the way it does on Alexa).
 */
import type { Reply, SlotValue } from '../../conversation/turn';
import { chipsFor, displayText, speechFor } from './prompt-limits';
import { END_SCENE, SESSION_PARAMS, SHOPPING_SCENE, SIGN_IN_SCENE, SIGN_IN_SLOT } from './webhook-contract';

/** Dialog state larger than this (bytes of JSON) is dropped rather than sent. */
export const MAX_STATE_BYTES = 16 * 1024;

/** What the turn was, as far as rendering needs it. */
export interface RenderContext {
  readonly intent: string;
  readonly slots: Readonly<Record<string, SlotValue>>;
  /** The scene the request came from. */
  readonly scene: string;
  readonly fromSignIn: boolean;
  readonly hasScreen: boolean;
  /** The anonymous shopper id, kept in the session. */
  readonly shopperId: string;
}

/** A prompt's speech and text. */
export interface SimplePrompt {
  readonly speech: string;
  readonly text: string;
}

/** The webhook's answer, before the app writes it. */
export interface RenderedReply {
  readonly prompt: SimplePrompt;
  readonly suggestions: readonly string[];
  readonly card?: { readonly title: string; readonly text: string };
  /** The scene to go to; undefined stays in the current scene. */
  readonly nextScene?: string;
  /** Session parameters to set; null clears one. */
  readonly sessionParams: Readonly<Record<string, unknown>>;
  /** True when the state had to be dropped to stay within the size limit. */
  readonly stateDropped: boolean;
}

/** The reprompt kept in the session: the same shape as a prompt. */
export function promptOf(utterance: { readonly ssml: string; readonly text: string }): SimplePrompt {
  return { speech: speechFor(utterance.ssml, utterance.text), text: displayText(utterance.text) };
}

function nextSceneOf(reply: Reply, context: RenderContext): string | undefined {
  if (reply.linkAccount) return context.fromSignIn ? END_SCENE : SIGN_IN_SCENE;
  if (reply.endSession) return END_SCENE;
  return context.scene === SHOPPING_SCENE ? undefined : SHOPPING_SCENE;
}

function stateOf(reply: Reply, ends: boolean): { state: unknown; dropped: boolean } {
  if (ends || reply.state === undefined) return { state: null, dropped: false };
  const json = JSON.stringify(reply.state);
  if (json === undefined) return { state: null, dropped: false };
  return Buffer.byteLength(json) > MAX_STATE_BYTES
    ? { state: null, dropped: true }
    : { state: reply.state, dropped: false };
}

/** Renders a Reply for the webhook response. */
export function renderReply(reply: Reply, context: RenderContext): RenderedReply {
  const nextScene = nextSceneOf(reply, context);
  const ends = nextScene === END_SCENE;
  const signingIn = nextScene === SIGN_IN_SCENE;
  const { state, dropped } = stateOf(reply, ends);
  const reprompt = !ends && reply.reprompt ? promptOf(reply.reprompt) : null;
  const card =
    context.hasScreen && reply.card
      ? { title: displayText(reply.card.title, 100), text: displayText(reply.card.text) }
      : undefined;
  return {
    prompt: promptOf(reply.speech),
    suggestions: ends || signingIn ? [] : chipsFor(reply.suggestions),
    ...(card ? { card } : {}),
    ...(nextScene ? { nextScene } : {}),
    sessionParams: {
      [SESSION_PARAMS.state]: state,
      [SESSION_PARAMS.reprompt]: reprompt,
      [SESSION_PARAMS.shopper]: context.shopperId,
      [SESSION_PARAMS.signIn]: signingIn ? { intent: context.intent, slots: context.slots } : null,
      // The sign-in outcome is read once; cleared, the next sign-in asks again.
      [SIGN_IN_SLOT]: null,
    },
    stateDropped: dropped,
  };
}
