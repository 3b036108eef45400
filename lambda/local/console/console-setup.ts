/**
 * Puts a console together over an in-process stack: the Echo device on the stack's skill and the
 * Google device on its action, dev tokens signed with the table's local key set,
 * the transcript style of the output stream, and espeak-ng when installed.
 */
import { randomUUID } from 'node:crypto';
import type { LocalStack } from '../dev-server-stack';
import { issueDevToken } from '../dev-token-signer';
import { AlexaDevice } from './alexa-device';
import { ConsoleSession, type Platform } from './console-session';
import type { VoiceDevice } from './exchange';
import { GoogleDevice } from './google-device';
import type { ProgressSink } from './progress-sink';
import { createSpeaker } from './speaker';
import type { Style } from './terminal-style';
import type { TurnLog } from './turn-log';

/** The user id of the console's Echo device when the console keeps one across runs. */
export const CONSOLE_USER_ID = 'amzn1.ask.account.LOCAL-VOICE-CONSOLE';

/** What the console runs on and how it prints. */
export interface ConsoleSetup {
  readonly stack: LocalStack;
  readonly log: TurnLog;
  readonly progress?: ProgressSink;
  readonly platform: Platform;
  readonly locale: string;
  /** A fixed device user (the cart survives restarts) or a fresh one per run (scripts). */
  readonly userId?: string;
  readonly style: Style;
  readonly print: (line: string) => void;
  readonly echo: boolean;
}

/** A fresh Alexa user id, so a script starts with an empty anonymous cart. */
export function freshUserId(): string {
  return `amzn1.ask.account.LOCAL-${randomUUID().replace(/-/g, '').toUpperCase()}`;
}

/** Builds the console session. Throws when the first platform cannot be played. */
export function createConsole(setup: ConsoleSetup): ConsoleSession {
  const { stack } = setup;
  const userId = setup.userId ?? CONSOLE_USER_ID;
  const makeDevice = (platform: Platform, locale: string): VoiceDevice | string => {
    try {
      if (platform === 'google') return new GoogleDevice({ action: stack.google, locale, log: setup.log });
      return new AlexaDevice({
        skill: stack.alexa,
        skillId: stack.skillId,
        userId,
        locale,
        log: setup.log,
        ...(setup.progress ? { progress: setup.progress } : {}),
      });
    } catch (error) {
      return (error as Error).message;
    }
  };
  return new ConsoleSession({
    makeDevice,
    platform: setup.platform,
    locale: setup.locale,
    issueToken: (customerId) => issueDevToken(stack.clients.doc, stack.config.tableName, customerId),
    print: setup.print,
    style: setup.style,
    speaker: createSpeaker(),
    echo: setup.echo,
  });
}
