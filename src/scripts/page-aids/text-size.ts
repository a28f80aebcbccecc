import { STORAGE_KEYS } from '../../core/planning/storage-keys.ts';

const SIZES = ['1', '2', '3'];

/** Applies the remembered text size and wires the three buttons; sizes are set in global.css. */
export function initTextSize(bar: HTMLElement): void {
  const buttons = [...bar.querySelectorAll<HTMLButtonElement>('[data-text-size-button]')];
  const apply = (size: string) => {
    if (size === '1') delete document.documentElement.dataset.textSize;
    else document.documentElement.dataset.textSize = size;
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.textSizeButton === size));
  };
  const stored = readSize();
  apply(stored);
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const size = button.dataset.textSizeButton ?? '1';
      apply(size);
      try {
        if (size === '1') localStorage.removeItem(STORAGE_KEYS.textSize);
        else localStorage.setItem(STORAGE_KEYS.textSize, size);
      } catch {
        // Storage blocked (private mode): the size still applies to this page.
      }
    });
  }
}

function readSize(): string {
  try {
    const size = localStorage.getItem(STORAGE_KEYS.textSize);
    return size && SIZES.includes(size) ? size : '1';
  } catch {
    return '1';
  }
}
