/**
 * An Echo device for the console: resolves what the shopper types against the interaction model,
 * sends real request envelopes through the skill in-process, and keeps the session as a device
 * does (session id and attributes carried turn to turn; a reply that ends the session makes the
 * next utterance start a new one). "open voice shop" launches; "ask voice shop to ..." is a
 * one-shot request. Alexa's own dialog prompts are played from the dialog model.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { randomUUID } from 'node:crypto';
import {
  answerSlots,
  autoDelegated,
  DIALOG_EXITS,
  elicitationPrompt,
  managedDialog,
  mergeSlots,
  missingSlot,
  type PendingDialog,
} from './alexa-dialog';
import {
  intentEnvelope,
  launchEnvelope,
  newSessionId,
  sessionEndedEnvelope,
  type DeviceIdentity,
  type IntentCall,
  type SessionInfo,
} from './alexa-envelopes';
import { AlexaTurnSender, type AlexaDeviceOptions } from './alexa-turn-sender';
import type { Exchange, VoiceDevice } from './exchange';
import { loadInteractionModel, type InteractionModel } from './interaction-model';
import { parseInvocation } from './invocation';
import { slotTypesOf, type FilledSlot, type SlotTypes } from './slot-values';
import { buildUtteranceMatcher, type UtteranceMatcher } from './utterance-matcher';

type DialogState = IntentCall['dialogState'];

function describeSlot(slot: FilledSlot): string {
  const er = slot.resolution;
  const resolved = er?.status === 'ER_SUCCESS_MATCH' ? `→${er.id}` : er ? ' (no match)' : '';
  return `${slot.name}="${slot.value}"${resolved}`;
}

/** The Echo device the console plays. */
export class AlexaDevice implements VoiceDevice {
  readonly platform = 'alexa';
  readonly assistant = 'Alexa';
  private model: InteractionModel;
  private matcher: UtteranceMatcher;
  private types: SlotTypes;
  private identity: DeviceIdentity;
  private session: { id: string; isNew: boolean; attributes: Record<string, unknown> } | undefined;
  private pending: PendingDialog | undefined;
  private prompts = 0;
  private readonly sender: AlexaTurnSender;

  constructor(options: AlexaDeviceOptions) {
    this.sender = new AlexaTurnSender(options);
    this.identity = {
      skillId: options.skillId,
      userId: options.userId,
      deviceId: `amzn1.ask.device.LOCAL-CONSOLE-${randomUUID().slice(0, 8).toUpperCase()}`,
      locale: options.locale,
      apiEndpoint: options.progress?.endpoint ?? 'http://127.0.0.1:9',
      apiAccessToken: options.progress?.token ?? 'local-console',
      ...(options.accessToken ? { accessToken: options.accessToken } : {}),
    };
    this.model = loadInteractionModel(options.locale);
    this.matcher = buildUtteranceMatcher(this.model);
    this.types = slotTypesOf(this.model);
  }

  /** True while a session is open. */
  get sessionOpen(): boolean {
    return this.session !== undefined;
  }

  /** "open <invocation name>". */
  get openPhrase(): string {
    return `open ${this.model.invocationName}`;
  }

  /** The locale the envelopes carry. */
  get locale(): string {
    return this.identity.locale;
  }

  /** Switches the locale and its interaction model (throws when the locale has none). */
  setLocale(locale: string): void {
    this.model = loadInteractionModel(locale);
    this.matcher = buildUtteranceMatcher(this.model);
    this.types = slotTypesOf(this.model);
    this.identity = { ...this.identity, locale };
  }

  /** Links (a token) or unlinks the account the envelopes carry. */
  setAccessToken(token: string | undefined): void {
    const { accessToken: _dropped, ...rest } = this.identity;
    this.identity = token ? { ...rest, accessToken: token } : rest;
  }

  /** "Alexa, open voice shop": a LaunchRequest in a new session. */
  async open(): Promise<Exchange> {
    this.startSession();
    return this.send('LaunchRequest', launchEnvelope(this.identity, this.sessionInfo()));
  }

  /** What the shopper said, resolved and sent (the open dialog, if any, takes it first). */
  async say(text: string): Promise<Exchange[]> {
    const invocation = parseInvocation(text, this.model.invocationName);
    const before: Exchange[] = [];
    if (invocation) {
      const ended = await this.end();
      if (ended) before.push(ended);
      if (invocation.kind === 'launch') return [...before, await this.open()];
    }
    const words = invocation?.kind === 'one-shot' ? invocation.request : text;
    if (!this.session) this.startSession();
    const heard = this.matcher.resolve(words);
    const pending = this.pending;
    this.pending = undefined;
    if (pending && !DIALOG_EXITS.has(heard.intent)) {
      const slots = answerSlots(pending, heard, words, this.types);
      if (!slots) return [...before, this.ask(pending)];
      const filled = mergeSlots(pending.filled, slots);
      const next =
        pending.askedBy === 'skill'
          ? await this.call(pending.intent.name, filled, 'IN_PROGRESS')
          : await this.continueDialog(pending.intent.name, filled);
      return [...before, ...next];
    }
    const dialog = managedDialog(this.model, heard.intent);
    if (dialog && autoDelegated(this.model, dialog)) {
      return [...before, ...(await this.continueDialog(heard.intent, heard.slots))];
    }
    return [...before, ...(await this.call(heard.intent, heard.slots, dialog ? 'STARTED' : undefined))];
  }

  /** Ends the open session with a SessionEndedRequest (USER_INITIATED). */
  async end(): Promise<Exchange | undefined> {
    if (!this.session) return undefined;
    const envelope = sessionEndedEnvelope(this.identity, this.sessionInfo(), 'USER_INITIATED');
    const exchange = await this.send('SessionEndedRequest (USER_INITIATED)', envelope);
    this.session = undefined;
    this.pending = undefined;
    return { ...exchange, sessionEnded: true };
  }

  private startSession(): void {
    this.session = { id: newSessionId(), isNew: true, attributes: {} };
    this.pending = undefined;
  }

  private sessionInfo(): SessionInfo {
    const session = this.session ?? { id: newSessionId(), isNew: true, attributes: {} };
    return { sessionId: session.id, isNew: session.isNew, attributes: session.attributes };
  }

  /** Alexa asks for a missing required slot itself, or sends the intent COMPLETED once all are in. */
  private async continueDialog(intent: string, filled: readonly FilledSlot[]): Promise<Exchange[]> {
    const dialog = managedDialog(this.model, intent);
    const missing = dialog ? missingSlot(dialog, filled) : undefined;
    const modelIntent = this.model.intents.find((i) => i.name === intent);
    if (!missing || !modelIntent) return this.call(intent, filled, dialog ? 'COMPLETED' : undefined);
    return [this.ask({ intent: modelIntent, filled, slot: missing, askedBy: 'platform' })];
  }

  private ask(pending: PendingDialog): Exchange {
    this.pending = pending;
    const slot = managedDialog(this.model, pending.intent.name)?.slots.find(
      (s) => s.name === pending.slot.name,
    );
    const prompt = slot ? elicitationPrompt(this.model, slot, this.prompts++) : `What ${pending.slot.name}?`;
    return this.sender.platformSays(`Alexa's dialog asks for ${pending.slot.name}`, prompt);
  }

  private async call(intent: string, filled: readonly FilledSlot[], state: DialogState): Promise<Exchange[]> {
    const declared = this.model.intents.find((i) => i.name === intent)?.slots ?? [];
    const call: IntentCall = { name: intent, declared, filled, ...(state ? { dialogState: state } : {}) };
    const summary = [
      `IntentRequest ${intent}`,
      ...filled.map(describeSlot),
      state ? `dialogState=${state}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const exchange = await this.send(summary, intentEnvelope(this.identity, this.sessionInfo(), call));
    return [exchange, ...(await this.followDialog(exchange, call))];
  }

  /** After Dialog.Delegate Alexa takes the dialog over; after Dialog.ElicitSlot it waits for the slot. */
  private async followDialog(exchange: Exchange, call: IntentCall): Promise<Exchange[]> {
    const response = exchange.response as ResponseEnvelope | undefined;
    const directive = response?.response?.directives?.find((d) => d.type.startsWith('Dialog.'));
    const intent = this.model.intents.find((i) => i.name === call.name);
    if (!directive || !intent || exchange.sessionEnded) return [];
    if (directive.type === 'Dialog.Delegate') return this.continueDialog(call.name, call.filled);
    if (directive.type === 'Dialog.ElicitSlot') {
      const type = intent.slots?.find((s) => s.name === directive.slotToElicit)?.type ?? 'AMAZON.SearchQuery';
      this.pending = {
        intent,
        filled: call.filled,
        slot: { name: directive.slotToElicit, type },
        askedBy: 'skill',
      };
    }
    return [];
  }

  private async send(sent: string, envelope: RequestEnvelope): Promise<Exchange> {
    const exchange = await this.sender.send(sent, envelope);
    const response = exchange.response as ResponseEnvelope | undefined;
    if (this.session) {
      this.session.isNew = false;
      if (response) this.session.attributes = { ...(response.sessionAttributes ?? {}) };
    }
    if (exchange.sessionEnded) {
      this.session = undefined;
      this.pending = undefined;
    }
    return exchange;
  }
}
