/**
 * «Les opp» with the browser's speech synthesis. Shown only when the device has a Norwegian voice;
 * reads the page's main text (the elements marked `data-read`, else <main>) one block at a time,
 * marking the block being read, and stops when the reader leaves the page.
 */

const BLOCKS = 'h1, h2, h3, p, li, dt, dd';
/** Parts of <main> that are navigation or forms, not text to read. */
const SKIP = 'nav, form, button, [data-read-skip], [hidden]';
const READING_CLASS = 'is-being-read';

export function findNorwegianVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const norwegian = voices.filter((voice) => /^(nb|no|nn)([-_]|$)/i.test(voice.lang));
  return norwegian.find((voice) => /^nb/i.test(voice.lang)) ?? norwegian[0];
}

export function initReadAloud(bar: HTMLElement): void {
  const group = bar.querySelector<HTMLElement>('[data-read-aloud]');
  const start = bar.querySelector<HTMLButtonElement>('[data-read-aloud-start]');
  const pause = bar.querySelector<HTMLButtonElement>('[data-read-aloud-pause]');
  const stop = bar.querySelector<HTMLButtonElement>('[data-read-aloud-stop]');
  const status = bar.querySelector<HTMLElement>('[data-read-aloud-status]');
  if (!group || !start || !pause || !stop || !status || !('speechSynthesis' in window)) return;
  const synth = window.speechSynthesis;
  let voice: SpeechSynthesisVoice | undefined;
  let current: HTMLElement | undefined;
  let session = 0;

  const findVoice = () => {
    voice = findNorwegianVoice(synth.getVoices());
    group.hidden = voice === undefined || blocks().length === 0;
  };
  findVoice();
  synth.addEventListener('voiceschanged', findVoice);

  const mark = (block: HTMLElement | undefined) => {
    current?.classList.remove(READING_CLASS);
    current = block;
    if (block) {
      block.classList.add(READING_CLASS);
      block.scrollIntoView({ block: 'nearest' });
    }
  };

  const showReading = (reading: boolean) => {
    start.hidden = reading;
    pause.hidden = !reading;
    stop.hidden = !reading;
    pause.textContent = group.dataset.labelPause ?? pause.textContent;
    status.textContent = reading ? (status.dataset.text ?? '') : '';
  };

  const end = () => {
    session++;
    synth.cancel();
    mark(undefined);
    showReading(false);
  };

  const speakFrom = (queue: HTMLElement[], index: number, own: number) => {
    const block = queue[index];
    if (own !== session) return;
    if (!block || !voice) {
      end();
      start.focus();
      return;
    }
    const utterance = new SpeechSynthesisUtterance(block.innerText);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.addEventListener('start', () => mark(block));
    utterance.addEventListener('end', () => speakFrom(queue, index + 1, own));
    synth.speak(utterance);
  };

  start.addEventListener('click', () => {
    end();
    showReading(true);
    pause.focus();
    speakFrom(blocks(), 0, session);
  });
  pause.addEventListener('click', () => {
    if (synth.paused) {
      synth.resume();
      pause.textContent = group.dataset.labelPause ?? '';
    } else {
      synth.pause();
      pause.textContent = group.dataset.labelResume ?? '';
    }
  });
  stop.addEventListener('click', () => {
    end();
    start.focus();
  });
  // Speech outlives the page in some browsers; leaving the page must silence it.
  window.addEventListener('pagehide', () => synth.cancel());
}

function blocks(): HTMLElement[] {
  const marked = [...document.querySelectorAll<HTMLElement>('[data-read]')];
  const roots = marked.length > 0 ? marked : [...document.querySelectorAll<HTMLElement>('main')];
  return roots
    .flatMap((root) => [...(root.matches(BLOCKS) ? [root] : []), ...root.querySelectorAll<HTMLElement>(BLOCKS)])
    .filter((block) => !block.closest(SKIP) && !block.parentElement?.closest(BLOCKS) && block.innerText.trim() !== '');
}
