/**
 * SSML as a reader would hear it, in plain text: pauses shown as "…" (one per half second, at most
 * three), paragraphs and sentences kept apart, <sub> read as its alias, audio shown as [sound], and
 * the speaking rate reported beside the words (it changes how they sound, not what they are).
 */

/** The readable text of an SSML document, and the speech rate it asks for (when not the default). */
export interface ReadableSpeech {
  readonly text: string;
  readonly rate?: string;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? '';
  });
}

function pauseFor(tag: string): string {
  const time = /time="([\d.]+)(ms|s)"/.exec(tag);
  const strength = /strength="([a-z-]+)"/.exec(tag)?.[1];
  const ms = time ? Number(time[1]) * (time[2] === 's' ? 1000 : 1) : strength === 'none' ? 0 : 500;
  if (ms <= 0) return ' ';
  return ` ${'…'.repeat(Math.min(3, Math.max(1, Math.round(ms / 500))))} `;
}

/** Turns SSML into readable text. */
export function ssmlToText(ssml: string): ReadableSpeech {
  let rate: string | undefined;
  const text = ssml
    .replace(/<sub\b[^>]*alias="([^"]*)"[^>]*>[\s\S]*?<\/sub>/g, (_, alias: string) => alias)
    .replace(/<audio\b[^>]*\/?>(?:<\/audio>)?/g, ' [sound] ')
    .replace(/<break\b[^>]*\/?>/g, (tag) => pauseFor(tag))
    .replace(/<prosody\b[^>]*>/g, (tag) => {
      rate ??= /rate="([^"]+)"/.exec(tag)?.[1];
      return '';
    })
    .replace(/<\/(p|s)>|<(p|s)\b[^>]*\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const normalRate = rate === undefined || rate === '100%' || rate === 'medium';
  return { text: decode(text), ...(normalRate ? {} : { rate }) };
}
