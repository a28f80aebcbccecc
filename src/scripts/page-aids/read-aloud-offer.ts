/**
 * «Les opp» is offered only when the device has a Norwegian voice and the page has text to read.
 * The reader itself (read-aloud.ts) is fetched at the first press, so a page that is only looked
 * at never loads it.
 */
import readerUrl from './read-aloud.ts?lazy';
import type { Reader } from './read-aloud.ts';

/** A page with something to read: its marked text, or text in <main> (read-aloud.ts decides what exactly). */
const TEXT = '[data-read], main p, main li, main h1';

export function findNorwegianVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const norwegian = voices.filter((voice) => /^(nb|no|nn)([-_]|$)/i.test(voice.lang));
  return norwegian.find((voice) => /^nb/i.test(voice.lang)) ?? norwegian[0];
}

export function offerReadAloud(bar: HTMLElement): void {
  const group = bar.querySelector<HTMLElement>('[data-read-aloud]');
  const start = bar.querySelector<HTMLButtonElement>('[data-read-aloud-start]');
  if (!group || !start || !('speechSynthesis' in window)) return;
  const synth = window.speechSynthesis;
  let voice: SpeechSynthesisVoice | undefined;
  const findVoice = () => {
    voice = findNorwegianVoice(synth.getVoices());
    group.hidden = voice === undefined || !document.querySelector(TEXT);
  };
  findVoice();
  synth.addEventListener('voiceschanged', findVoice);
  let reader: Promise<Reader> | undefined;
  start.addEventListener('click', () => {
    reader ??= import(/* @vite-ignore */ readerUrl).then(({ createReader }: typeof import('./read-aloud.ts')) =>
      createReader(group, synth),
    );
    void reader.then((loaded) => voice && loaded.start(voice));
  });
}
