/**
 * Drives a conversation turn by turn like a platform would (carrying `state` from each reply to the
 * next turn, starting a new session after one ends) and checks every reply against the
 * accessibility rules: well-formed SSML under the size limit, a reprompt that differs from the
 * speech whenever an answer is expected, at most three list items offered, nothing left unrendered.
 */
import type { Reply, SlotValue, Turn } from '../../../lambda/conversation/turn';
import type { IoCount } from '../../support/in-memory/io-counter';
import { FIXTURE_PRODUCTS } from './fixture-store';
import { speakDocument, ssmlProblems } from './ssml-checker';
import type { World } from './world';

/** Alexa's limit on output speech. */
export const MAX_SPEECH_CHARACTERS = 8000;

/** Slots as a test writes them: raw words, or a full slot value. */
export type TestSlots = Readonly<Record<string, string | SlotValue>>;

/** The fixture products' names spoken in a text (list items offered). */
export function productsNamed(text: string): string[] {
  return FIXTURE_PRODUCTS.map((p) => p.name).filter((name) => text.includes(name));
}

/** Checks one reply against the rules every reply must keep; throws with the reason otherwise. */
export function checkReply(reply: Reply): void {
  const problems: string[] = [];
  for (const [label, utterance] of [
    ['speech', reply.speech],
    ['reprompt', reply.reprompt],
  ] as const) {
    if (!utterance) continue;
    const document = speakDocument(utterance.ssml);
    problems.push(...ssmlProblems(document).map((p) => `${label}: ${p}`));
    if (document.length >= MAX_SPEECH_CHARACTERS) problems.push(`${label}: ${document.length} characters`);
    if (/undefined|NaN|\[object|null/.test(utterance.text))
      problems.push(`${label}: unrendered value in "${utterance.text}"`);
    if (utterance.text.trim() === '') problems.push(`${label}: empty`);
  }
  if (!reply.endSession) {
    if (!reply.reprompt) problems.push('an open session without a reprompt');
    else if (reply.reprompt.text.trim() === reply.speech.text.trim())
      problems.push('the reprompt repeats the speech');
  }
  const offered = productsNamed(reply.speech.text);
  if (offered.length > 3) problems.push(`offers ${offered.length} products: ${offered.join('; ')}`);
  if (reply.suggestions.length > 3) problems.push(`${reply.suggestions.length} suggestions`);
  if (problems.length > 0)
    throw new Error(`reply breaks the rules:\n${problems.join('\n')}\n"${reply.speech.text}"`);
}

/** One shopper on one device, talking through the conversation. */
export class TestSession {
  private state: unknown = undefined;
  private newSession = true;
  /** Every reply so far, and what each turn cost in storage requests. */
  readonly replies: Reply[] = [];
  readonly costs: { intent: string; io: IoCount }[] = [];
  progress?: (speech: string) => Promise<void>;

  constructor(
    private readonly world: World,
    private readonly options: {
      readonly userId?: string;
      readonly token?: string;
      readonly locale?: string;
    } = {},
  ) {}

  /** One turn: the intent and its slots; returns the (checked) reply. */
  async say(intent: string, slots: TestSlots = {}): Promise<Reply> {
    const turn: Turn = {
      platform: 'alexa',
      intent,
      slots: Object.fromEntries(
        Object.entries(slots).map(([k, v]) => [k, typeof v === 'string' ? { raw: v } : v]),
      ),
      locale: this.options.locale ?? 'en-US',
      platformUserId: this.options.userId ?? 'amzn1.ask.account.TESTUSER',
      ...(this.options.token ? { accessToken: this.options.token } : {}),
      isNewSession: this.newSession,
      device: { hasScreen: false },
      state: this.state,
      ...(this.progress ? { progress: this.progress } : {}),
    };
    const before = this.world.io.snapshot();
    const reply = await this.world.conversation.handleTurn(turn);
    this.costs.push({ intent, io: this.world.io.since(before) });
    checkReply(reply);
    this.replies.push(reply);
    this.state = JSON.parse(JSON.stringify(reply.state)) as unknown;
    this.newSession = reply.endSession;
    return reply;
  }

  /** Speech text of one turn (shorthand). */
  async text(intent: string, slots: TestSlots = {}): Promise<string> {
    return (await this.say(intent, slots)).speech.text;
  }

  /** Ends the session the way a platform does (the state is dropped). */
  endSession(): void {
    this.newSession = true;
    this.state = undefined;
  }

  /** Replaces the state the platform carries back (to test malformed sessions). */
  carry(state: unknown): void {
    this.state = state;
  }

  /** The state the last reply asked to carry. */
  get carried(): Record<string, unknown> {
    return (this.state ?? {}) as Record<string, unknown>;
  }
}

/** A linked shopper's session. */
export function linkedSession(world: World, customerId = 'cust-1'): TestSession {
  return new TestSession(world, { userId: `amzn1.ask.account.${customerId}`, token: `valid:${customerId}` });
}
