import { initToolPage } from './tool-page.ts';

/** «Hvem gjør hva»: the signature lines carry the names written in the party table. */
const root = document.querySelector<HTMLElement>('[data-tool="hvem-gjor-hva"]');
if (root) {
  const signatures = root.querySelector<HTMLElement>('[data-signatures]');
  const template = root.querySelector<HTMLTemplateElement>('template[data-signature-row]');
  const refresh = () => {
    if (!signatures || !template) return;
    const parties = [...root.querySelectorAll<HTMLElement>('[data-party-row]')].map((row) => ({
      role: row.querySelector<HTMLInputElement>('[data-party-role]')?.value ?? row.querySelector('th')?.textContent ?? '',
      name: row.querySelector<HTMLInputElement>('[data-party-name]')?.value.trim() ?? '',
    }));
    const named = parties.filter((party) => party.name !== '');
    signatures.replaceChildren(
      ...(named.length > 0 ? named : parties).map((party) => {
        const row = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
        row.querySelector('[data-signature-role]')!.textContent = party.role.trim();
        row.querySelector('[data-signature-name]')!.textContent = party.name;
        return row;
      }),
    );
  };
  initToolPage(root, 'hvem-gjor-hva', { refresh });
}
