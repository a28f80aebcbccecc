/**
 * On a phone the reading aids fold into one «Lesehjelp» button (global.css decides when). It opens
 * the panel in the page flow, and Escape or a second press closes it again.
 */
export function initAidsToggle(bar: HTMLElement): void {
  const toggle = bar.querySelector<HTMLButtonElement>('[data-reading-aids-toggle]');
  if (!toggle) return;
  const setOpen = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    if (open) bar.dataset.open = '';
    else delete bar.dataset.open;
  };
  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  bar.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || toggle.getAttribute('aria-expanded') !== 'true') return;
    setOpen(false);
    toggle.focus();
  });
}
