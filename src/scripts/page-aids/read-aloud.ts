/**
 * «Les opp» with the browser's speech synthesis, fetched at the first press (read-aloud-offer.ts):
 * reads the page's main text one block at a time, marking the block being read, with pause and
 * stop, and falls silent when the reader leaves the page.
 */
const READING_CLASS = 'is-being-read';
const BLOCKS = 'h1, h2, h3, p, li, dt, dd';
/** Parts of <main> that are navigation or forms, not text to read. */
const SKIP = 'nav, form, button, [data-read-skip], [hidden]';

/** What «Les opp» reads, block by block: the elements marked `data-read` (else <main>), without navigation and forms. */
function readableBlocks(): HTMLElement[] {
  const marked = [...document.querySelectorAll<HTMLElement>('[data-read]')];
  const roots = marked.length > 0 ? marked : [...document.querySelectorAll<HTMLElement>('main')];
  return roots
    .flatMap((root) => [...(root.matches(BLOCKS) ? [root] : []), ...root.querySelectorAll<HTMLElement>(BLOCKS)])
    .filter((block) => !block.closest(SKIP) && !block.parentElement?.closest(BLOCKS) && block.innerText.trim() !== '');
}

export type Reader = { start(voice: SpeechSynthesisVoice): void };

export function createReader(group: HTMLElement, synth: SpeechSynthesis): Reader {
  const start = group.querySelector<HTMLButtonElement>('[data-read-aloud-start]')!;
  const pause = group.querySelector<HTMLButtonElement>('[data-read-aloud-pause]')!;
  const stop = group.querySelector<HTMLButtonElement>('[data-read-aloud-stop]')!;
  const status = group.querySelector<HTMLElement>('[data-read-aloud-status]')!;
  let current: HTMLElement | undefined;
  let session = 0;

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

  const speakFrom = (queue: HTMLElement[], index: number, own: number, voice: SpeechSynthesisVoice) => {
    const block = queue[index];
    if (own !== session) return;
    if (!block) {
      end();
      start.focus();
      return;
    }
    const utterance = new SpeechSynthesisUtterance(block.innerText);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.addEventListener('start', () => mark(block));
    utterance.addEventListener('end', () => speakFrom(queue, index + 1, own, voice));
    synth.speak(utterance);
  };

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

  return {
    start(voice) {
      end();
      showReading(true);
      pause.focus();
      speakFrom(readableBlocks(), 0, session, voice);
    },
  };
}
