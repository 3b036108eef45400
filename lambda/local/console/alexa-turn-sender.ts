/**
 * Sends one envelope through the skill in-process and turns what happened into an Exchange: the
 * time it took, the progressive responses and log events of the turn, the reply as the console
 * shows it, and the problems that make it a failed turn (an exception, a response Alexa would
 * refuse, an error logged by the handler). An invalid response ends the session, as on a device.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { alexaReplyView } from './alexa-reply-view';
import type { Exchange } from './exchange';
import type { ProgressSink } from './progress-sink';
import { responseProblems } from './response-check';
import { describeEvent, type TurnLog } from './turn-log';

/** What answers an envelope: the skill the Lambda handler builds. */
export interface AlexaInvoker {
  invoke(event: unknown, context?: unknown): Promise<ResponseEnvelope>;
}

/** What the console's Echo device runs on. */
export interface AlexaDeviceOptions {
  readonly skill: AlexaInvoker;
  /** The skill id the envelopes carry (the skill is built with it as ALEXA_SKILL_ID). */
  readonly skillId: string;
  /** The device's Alexa user id (what an anonymous cart is keyed by). */
  readonly userId: string;
  readonly locale: string;
  readonly accessToken?: string;
  readonly log: TurnLog;
  readonly progress?: ProgressSink;
}

const errorText = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : `thrown value: ${String(error)}`;

/** Sends envelopes and describes the outcome. */
export class AlexaTurnSender {
  constructor(private readonly options: AlexaDeviceOptions) {}

  /** Sends an envelope (a copy, as the wire would: the SDK may change what it is given); never throws. */
  async send(sent: string, envelope: RequestEnvelope): Promise<Exchange> {
    this.options.progress?.drain();
    const started = performance.now();
    let response: ResponseEnvelope | undefined;
    const problems: string[] = [];
    let logs: string[] = [];
    try {
      const captured = await this.options.log.capture(() =>
        this.options.skill.invoke(structuredClone(envelope), {}),
      );
      response = captured.result;
      logs = captured.events.filter((e) => e.level !== 'info').map(describeEvent);
      problems.push(
        ...captured.events
          .filter((e) => e.level === 'error')
          .map((e) => `the handler logged an error: ${e.event}`),
      );
      problems.push(...responseProblems(response).map((p) => `invalid response: ${p}`));
    } catch (error) {
      problems.push(`the skill threw ${errorText(error)}`);
    }
    const elapsedMs = performance.now() - started;
    const invalid = problems.some((p) => p.startsWith('invalid response') || p.startsWith('the skill threw'));
    const ended = envelope.request.type === 'SessionEndedRequest' || invalid;
    return {
      sent,
      request: envelope,
      ...(response ? { response } : {}),
      reply: response ? alexaReplyView(response) : { directives: [] },
      byPlatform: false,
      elapsedMs,
      progress: this.options.progress?.drain() ?? [],
      logs,
      problems,
      sessionEnded: ended || response?.response?.shouldEndSession === true,
    };
  }

  /** Alexa speaking for itself (a dialog prompt): no request reaches the skill. */
  platformSays(sent: string, text: string): Exchange {
    return {
      sent,
      reply: { speech: { text }, directives: [] },
      byPlatform: true,
      elapsedMs: 0,
      progress: [],
      logs: [],
      problems: [],
      sessionEnded: false,
    };
  }
}
