/**
 * The voice console's brain, shared by the interactive prompt and --script: each line is either a
 * command (/link, /unlink, /locale, /platform, /new, /json, /speak, /help, /quit) or what the
 * shopper says, sent through the current platform's device. It prints every exchange and remembers
 * whether anything failed (an errored turn, or a command that could not be done).
 */
import { isValidCustomerId, MAX_CUSTOMER_ID_LENGTH } from '../../adapters/identity/local-token';
import { CONSOLE_HELP, openedNote, reopenedNote } from './console-guide';
import type { Exchange, VoiceDevice } from './exchange';
import { openedTheSkill } from './script-verdict';
import { SPEAKER_MISSING, type Speaker } from './speaker';
import type { Style } from './terminal-style';
import { exchangeLines, utteranceLine } from './transcript';

/** The platforms the console can play. */
export type Platform = 'alexa' | 'google';

/** What the console session works with. */
export interface ConsoleSessionOptions {
  /** Makes a device for a platform, or says why it cannot. */
  readonly makeDevice: (platform: Platform, locale: string) => VoiceDevice | string;
  readonly platform: Platform;
  readonly locale: string;
  /** Signs a linked-account token for a customer (the dev token). */
  readonly issueToken: (customerId: string) => Promise<string>;
  readonly print: (line: string) => void;
  readonly style: Style;
  readonly speaker: Speaker;
  /** Echo what the shopper said (script mode); the prompt shows it when interactive. */
  readonly echo: boolean;
}

/** What handling a line did. */
export interface LineOutcome {
  readonly quit: boolean;
  /** The exchanges the line made (none for a command that sends nothing). */
  readonly exchanges: readonly Exchange[];
  /** True when a turn of the line failed or its command could not be done. */
  readonly failed: boolean;
}

const NOTHING_SENT: LineOutcome = { quit: false, exchanges: [], failed: false };

/** One console: a device, its settings, and the running verdict. */
export class ConsoleSession {
  private device: VoiceDevice;
  private token: string | undefined;
  private showJson = false;
  private speaking = false;
  private failures = 0;

  constructor(private readonly options: ConsoleSessionOptions) {
    const device = options.makeDevice(options.platform, options.locale);
    if (typeof device === 'string') throw new Error(device);
    this.device = device;
  }

  /** How many turns or commands failed. */
  get failed(): number {
    return this.failures;
  }

  /** The current device. */
  get current(): VoiceDevice {
    return this.device;
  }

  /** Links a customer before the first turn (--user); false when it could not. */
  async link(customerId: string): Promise<boolean> {
    const before = this.failures;
    await this.linkCustomer(customerId);
    return this.failures === before;
  }

  /**
   * Opens the skill: the first turn of a session. The console does it itself, so the line says so
   * rather than showing "open voice shop" as something to type (typed, it would start over).
   */
  async open(): Promise<void> {
    this.options.print(this.options.style.dim(openedNote(this.device.openPhrase)));
    this.show([await this.device.open()]);
  }

  /** Handles one line: a command or an utterance. */
  async handle(line: string): Promise<LineOutcome> {
    const text = line.trim();
    if (text === '') return NOTHING_SENT;
    const before = this.failures;
    if (text.startsWith('/')) {
      const outcome = await this.command(text);
      return { ...outcome, failed: this.failures > before };
    }
    if (this.options.echo) this.options.print(utteranceLine(text, this.options.style));
    const wasOpen = this.device.sessionOpen;
    const exchanges = await this.device.say(text);
    this.show(exchanges);
    if (wasOpen && exchanges.some(openedTheSkill)) {
      this.options.print(this.options.style.dim(reopenedNote(this.device.openPhrase)));
    }
    return { quit: false, exchanges, failed: this.failures > before };
  }

  /** Prints why a line did not pass (a script's verdict), as the transcript prints a problem. */
  report(reason: string): void {
    this.options.print(this.options.style.error(`  ✗ ${reason}`));
  }

  /** Ends the open session (SessionEndedRequest) before leaving. */
  async close(): Promise<void> {
    const ended = await this.device.end();
    if (ended) this.show([ended]);
    this.options.speaker.stop();
  }

  private show(exchanges: readonly Exchange[]): void {
    const { print, style } = this.options;
    for (const exchange of exchanges) {
      for (const line of exchangeLines(exchange, {
        assistant: this.device.assistant,
        style,
        showJson: this.showJson,
      })) {
        print(line);
      }
      if (exchange.problems.length > 0) this.failures += 1;
      if (this.speaking && exchange.reply.speech) {
        this.options.speaker.say(exchange.reply.speech.text, exchange.reply.speech.rate);
      }
    }
  }

  private say(message: string, failed = false): LineOutcome {
    const { style } = this.options;
    this.options.print(failed ? style.error(message) : style.notice(message));
    if (failed) this.failures += 1;
    return NOTHING_SENT;
  }

  private async command(text: string): Promise<LineOutcome> {
    const [name = '', ...args] = text.slice(1).split(/\s+/);
    const arg = args.join(' ');
    switch (name.toLowerCase()) {
      case 'link':
        return this.linkCustomer(arg);
      case 'unlink':
        this.token = undefined;
        this.device.setAccessToken(undefined);
        return this.say('Unlinked: requests carry no access token now.');
      case 'locale':
        return this.switchLocale(arg);
      case 'platform':
        return this.switchPlatform(arg);
      case 'new': {
        const ended = await this.device.end();
        if (ended) this.show([ended]);
        await this.open();
        return NOTHING_SENT;
      }
      case 'json':
        this.showJson = !this.showJson;
        return this.say(`Raw JSON ${this.showJson ? 'on' : 'off'}.`);
      case 'speak':
        if (!this.options.speaker.available) return this.say(SPEAKER_MISSING);
        this.speaking = !this.speaking;
        if (!this.speaking) this.options.speaker.stop();
        return this.say(`Speaking replies aloud ${this.speaking ? 'on' : 'off'}.`);
      case 'help':
        for (const line of CONSOLE_HELP) this.options.print(line);
        return NOTHING_SENT;
      case 'quit':
      case 'exit':
        return { ...NOTHING_SENT, quit: true };
      default:
        return this.say(`Unknown command /${name}. Type /help for the commands.`, true);
    }
  }

  private async linkCustomer(customerId: string): Promise<LineOutcome> {
    if (!isValidCustomerId(customerId)) {
      return this.say(
        `Give a customer id: 1 to ${MAX_CUSTOMER_ID_LENGTH} letters, digits or . _ @ + - (for example /link demo-customer).`,
        true,
      );
    }
    try {
      this.token = await this.options.issueToken(customerId);
    } catch (error) {
      return this.say(`Could not sign a dev token: ${(error as Error).message}`, true);
    }
    this.device.setAccessToken(this.token);
    return this.say(`Linked to customer ${customerId}: every request now carries a dev token for them.`);
  }

  private switchLocale(locale: string): LineOutcome {
    try {
      this.device.setLocale(locale);
    } catch (error) {
      return this.say((error as Error).message, true);
    }
    return this.say(`Locale ${locale}.`);
  }

  private async switchPlatform(name: string): Promise<LineOutcome> {
    if (name !== 'alexa' && name !== 'google')
      return this.say('Say /platform alexa or /platform google.', true);
    if (name === this.device.platform) return this.say(`Already on ${name}.`);
    const device = this.options.makeDevice(name, this.device.locale);
    if (typeof device === 'string') return this.say(device, true);
    await this.close();
    this.device = device;
    this.device.setAccessToken(this.token);
    this.say(`Now on ${name}.`);
    await this.open();
    return NOTHING_SENT;
  }
}
