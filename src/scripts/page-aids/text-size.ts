const SIZES = ['1', '2', '3'];

/**
 * Applies the remembered text size and wires the three buttons; sizes are set in global.css. The bar
 * names its storage key (STORAGE_KEYS.textSize), so the one script every page loads shares no module with
 * the planning scripts, which would cost a script file of its own.
 */
export function initTextSize(bar: HTMLElement): void {
  const key = bar.dataset.textSizeKey ?? '';
  const buttons = [...bar.querySelectorAll<HTMLButtonElement>('[data-text-size-button]')];
  const apply = (size: string) => {
    if (size === '1') delete document.documentElement.dataset.textSize;
    else document.documentElement.dataset.textSize = size;
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.textSizeButton === size));
  };
  const stored = readSize(key);
  apply(stored);
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const size = button.dataset.textSizeButton ?? '1';
      apply(size);
      try {
        if (size === '1') localStorage.removeItem(key);
        else localStorage.setItem(key, size);
      } catch {
        // Storage blocked (private mode): the size still applies to this page.
      }
    });
  }
}

function readSize(key: string): string {
  try {
    const size = localStorage.getItem(key);
    return size && SIZES.includes(size) ? size : '1';
  } catch {
    return '1';
  }
}
