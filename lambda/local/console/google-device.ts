/**
 * A Google Assistant device for the console: the same interaction model resolves what is typed
 * (the Actions Builder project is generated from it), each turn is a webhook call through the
 * Google action in-process, and the platform's state is kept as Google keeps it: session and user
 * parameters, the scene, the end of the conversation. When the action asks for account linking,
 * the platform's sign-in is played: LINKED with a /link token, REJECTED without one.
 */
import type { GoogleAction } from '../../adapters/google/google-action';
import type { Exchange, ReplyView, VoiceDevice } from './exchange';
import {
  googleIntentName,
  googleRequest,
  mergeParams,
  newGoogleSessionId,
  readGoogleAnswer,
  callAction,
  type GoogleAnswer,
} from './google-webhook';
import { loadInteractionModel, type InteractionModel } from './interaction-model';
import { parseInvocation } from './invocation';
import type { TurnLog } from './turn-log';
import { buildUtteranceMatcher, type UtteranceMatcher } from './utterance-matcher';
import type { FilledSlot } from './slot-values';

/** What the console's Google device runs on. */
export interface GoogleDeviceOptions {
  readonly action: Pick<GoogleAction, 'handle'>;
  readonly locale: string;
  readonly log: TurnLog;
}

const END = 'actions.scene.END_CONVERSATION';
const SIGN_IN = 'SignIn';

/** The platform's conversation, as the device keeps it between calls. */
interface Session {
  id: string;
  scene: string;
  params: Record<string, unknown>;
}

/** The Google device the console plays. */
export class GoogleDevice implements VoiceDevice {
  readonly platform = 'google';
  readonly assistant = 'Google';
  private model: InteractionModel;
  private matcher: UtteranceMatcher;
  private locale_: string;
  private token: string | undefined;
  private userParams: Record<string, unknown> = {};
  private session: Session | undefined;

  constructor(private readonly options: GoogleDeviceOptions) {
    this.locale_ = options.locale;
    this.model = loadInteractionModel(options.locale);
    this.matcher = buildUtteranceMatcher(this.model);
  }

  get sessionOpen(): boolean {
    return this.session !== undefined;
  }

  get locale(): string {
    return this.locale_;
  }

  get openPhrase(): string {
    return `talk to ${this.model.invocationName}`;
  }

  setLocale(locale: string): void {
    this.model = loadInteractionModel(locale);
    this.matcher = buildUtteranceMatcher(this.model);
    this.locale_ = locale;
  }

  setAccessToken(token: string | undefined): void {
    this.token = token;
  }

  async open(): Promise<Exchange> {
    this.session = { id: newGoogleSessionId(), scene: 'actions.scene.START_CONVERSATION', params: {} };
    const [exchange] = await this.call('actions.intent.MAIN', [], this.openPhrase);
    return exchange!;
  }

  async say(text: string): Promise<Exchange[]> {
    const invocation = parseInvocation(text, this.model.invocationName);
    const before: Exchange[] = [];
    if (invocation) {
      const ended = await this.end();
      if (ended) before.push(ended);
      if (invocation.kind === 'launch') return [...before, await this.open()];
    }
    const words = invocation?.kind === 'one-shot' ? invocation.request : text;
    if (!this.session) this.session = { id: newGoogleSessionId(), scene: 'Shopping', params: {} };
    const heard = this.matcher.resolve(words);
    return [...before, ...(await this.call(googleIntentName(heard.intent), heard.slots, words))];
  }

  /** Google ends a conversation without a webhook call: the session is simply dropped. */
  end(): Promise<Exchange | undefined> {
    if (!this.session) return Promise.resolve(undefined);
    this.session = undefined;
    return Promise.resolve(
      this.platformSays('The shopper leaves: Google closes the conversation without a webhook call', ''),
    );
  }

  private platformSays(sent: string, text: string, directives: string[] = []): Exchange {
    const reply: ReplyView = { ...(text ? { speech: { text } } : {}), directives };
    return {
      sent,
      reply,
      byPlatform: true,
      elapsedMs: 0,
      progress: [],
      logs: [],
      problems: [],
      sessionEnded: !text,
    };
  }

  /** One webhook call: sent through the action, its answer followed, and shown as an exchange. */
  private async call(
    intent: string,
    slots: readonly FilledSlot[],
    query: string,
    sceneSlots?: Record<string, unknown>,
  ): Promise<Exchange[]> {
    const session = this.session!;
    const scene = session.scene;
    const request = googleRequest({
      intent,
      slots,
      query,
      session,
      userParams: this.userParams,
      locale: this.locale_,
      ...(this.token ? { accessToken: this.token } : {}),
      ...(sceneSlots ? { sceneSlots } : {}),
    });
    const sent = await callAction(this.options.action, this.options.log, request);
    const answer = sent.response
      ? readGoogleAnswer(sent.response.status, sent.response.body, session.id)
      : undefined;
    const problems = [...sent.problems, ...(answer?.problems ?? [])];
    const ended = this.follow(session, answer, problems.length > 0);
    const exchange: Exchange = {
      sent: `webhook ${intent}${slots.map((s) => ` ${s.name}="${s.value}"`).join('')} (scene ${scene})`,
      request,
      ...(sent.response ? { response: sent.response.body } : {}),
      reply: this.replyView(session, answer, ended),
      byPlatform: false,
      elapsedMs: sent.elapsedMs,
      progress: [],
      logs: sent.logs,
      problems,
      sessionEnded: ended,
    };
    if (answer?.nextScene !== SIGN_IN || ended) return [exchange];
    return [exchange, ...(await this.signIn())];
  }

  /**
   * Keeps the platform's state as Google does: the session and user parameters, the next scene.
   * Returns true when the conversation ended (the END scene, or a call that went wrong).
   */
  private follow(session: Session, answer: GoogleAnswer | undefined, failed: boolean): boolean {
    session.params = mergeParams(session.params, answer?.sessionParams);
    this.userParams = mergeParams(this.userParams, answer?.userParams);
    if (answer?.nextScene) session.scene = answer.nextScene;
    else if (session.scene.startsWith('actions.scene.')) session.scene = 'Shopping';
    const ended = failed || answer?.nextScene === END;
    if (ended) this.session = undefined;
    return ended;
  }

  /** What the shopper sees and hears, with the reprompt the session keeps while it goes on. */
  private replyView(session: Session, answer: GoogleAnswer | undefined, ended: boolean): ReplyView {
    const reprompt = session.params.reprompt as { text?: unknown } | undefined;
    const view = answer?.view ?? { directives: [] };
    return {
      ...view,
      ...(typeof reprompt?.text === 'string' && !ended ? { reprompt: { text: reprompt.text } } : {}),
    };
  }

  /** The platform's account-linking step, answered with the console's link state. */
  private async signIn(): Promise<Exchange[]> {
    const outcome = this.token ? 'LINKED' : 'REJECTED';
    const note = this.token
      ? 'Google asks the shopper to link their store account; the console is linked, so sign-in is LINKED.'
      : 'Google asks the shopper to link their store account; nothing is linked in the console (/link <customer>), so sign-in is REJECTED.';
    const platform = this.platformSays(`Account linking (${outcome})`, note);
    this.session!.params = { ...this.session!.params, AccountLinkingSlot: outcome };
    return [
      { ...platform, sessionEnded: false },
      ...(await this.call('', [], '', { AccountLinkingSlot: { value: outcome } })),
    ];
  }
}
