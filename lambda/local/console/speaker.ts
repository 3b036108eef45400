/**
 * Says replies aloud with espeak-ng when it is installed: one utterance at a time (a new reply cuts
 * the one still playing), at the reply's speech rate. Nothing is spoken, and the console says why,
 * when espeak-ng is missing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

/** A text-to-speech voice for the console. */
export interface Speaker {
  /** True when espeak-ng can be run. */
  readonly available: boolean;
  /** Speaks the text (rate as SSML gives it, e.g. "85%"). */
  say(text: string, rate?: string): void;
  /** Stops whatever is playing. */
  stop(): void;
}

/** What to tell the shopper when espeak-ng is missing. */
export const SPEAKER_MISSING =
  'espeak-ng is not installed, so replies cannot be said aloud. Install it (Debian/Ubuntu: sudo apt-get install espeak-ng; macOS: brew install espeak-ng) and type /speak again.';

const WORDS_PER_MINUTE = 175;

/** Finds espeak-ng (or the given command) on the PATH. */
export function createSpeaker(command = 'espeak-ng'): Speaker {
  const probe = spawnSync(command, ['--version'], { stdio: 'ignore', timeout: 3000 });
  const available = probe.error === undefined && probe.status === 0;
  let playing: ChildProcess | undefined;
  const stop = () => {
    if (playing && playing.exitCode === null) playing.kill();
    playing = undefined;
  };
  return {
    available,
    stop,
    say(text, rate) {
      if (!available || text.trim() === '') return;
      stop();
      const percent = rate?.endsWith('%') ? Number(rate.slice(0, -1)) : 100;
      const speed = Math.round((WORDS_PER_MINUTE * (Number.isFinite(percent) ? percent : 100)) / 100);
      playing = spawn(command, ['-s', String(speed), '--', text.replace(/…/g, ',')], { stdio: 'ignore' });
      playing.on('error', () => undefined);
    },
  };
}
