/**
 * What the console tells the person at the keyboard: the banner shown before the first turn and the
 * /help text. Both say how to set a voice code, which a shopper otherwise learns only by saying a
 * code out of turn.
 */

/** How a voice code is set: the skill asks for it before every purchase once set. */
export const VOICE_CODE_HINT =
  'To be asked for a four-digit voice code before every purchase, link an account (/link <customer>) and say "set my voice code".';

/** The banner before the first turn; `leave` says how to stop (it differs between npm start and talk). */
export function consoleBanner(leave: string): string[] {
  return [`Type what a shopper says; /help lists the commands; ${leave}.`, VOICE_CODE_HINT];
}

/** The line before the first turn: the console opens the skill itself. */
export function openedNote(openPhrase: string): string {
  return `(the console opens it for you, as saying "${openPhrase}" would)`;
}

/** The line after a shopper opened the skill again while it was open (a script's usual first mistake). */
export function reopenedNote(openPhrase: string): string {
  return `(the skill was open already: "${openPhrase}" ended that session and started a new one)`;
}

/** The /help text. */
export const CONSOLE_HELP: readonly string[] = [
  'Type what a shopper would say, for example "do you have oat milk" or "add two of those".',
  VOICE_CODE_HINT,
  'Commands:',
  '  /link <customer>   link the account of a customer (a dev token rides on every request)',
  '  /unlink            forget the linked account',
  '  /locale <xx-XX>    speak in another locale (needs its interaction model)',
  '  /platform alexa|google   switch the voice platform (starts a new session)',
  '  /new               end this session and open the skill again',
  '  /json              show or hide the raw request and response',
  '  /speak             say replies aloud with espeak-ng (on or off)',
  '  /help              this help',
  '  /quit              end the session and leave (Ctrl-D too)',
];
