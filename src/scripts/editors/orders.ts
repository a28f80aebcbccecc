/**
 * «Bestillinger av boka»: GET /api/moderation/orders (waiting, then sent), «Skriv ut adresselapp»
 * (the print stylesheet prints only the labels marked for printing), «Merk som sendt» after a
 * confirmation (POST …/{id}/sent, which erases the name and address), and writing down a request
 * heard on the phone (POST /api/moderation/orders). Errors go beside their fields; nothing typed is lost.
 */
import type { Order } from '../../core/orders/schema.ts';
import { ApiError, query, type Api } from './api.ts';
import { el, required } from './dom.ts';
import { showMessage } from './page.ts';
import { say } from './texts.ts';

type Listing = { items: Order[]; nextCursor?: string };

const dateFormat = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric' });
const date = (iso: string) => dateFormat.format(new Date(iso));

/**
 * Prints only the given address labels: copies of them go on a sheet of their own at the end of the
 * page, and the print stylesheet (editors.css) prints that sheet alone until the print dialog closes,
 * when the copies go again.
 */
function printLabels(labels: HTMLElement[]): void {
  let sheet = document.querySelector<HTMLElement>('[data-label-sheet]');
  if (!sheet) {
    sheet = el('div', { class: 'label-sheet', 'data-label-sheet': true });
    document.body.append(sheet);
  }
  sheet.replaceChildren(...labels.map((label) => label.cloneNode(true)));
  document.documentElement.dataset.printingLabels = '';
  const printed = sheet;
  window.addEventListener(
    'afterprint',
    () => {
      delete document.documentElement.dataset.printingLabels;
      printed.replaceChildren();
    },
    { once: true },
  );
  window.print();
}

export function createOrders(root: HTMLElement, api: Api): { load(): Promise<void> } {
  const waiting = required<HTMLUListElement>(root, '[data-orders-waiting]');
  const sent = required<HTMLUListElement>(root, '[data-orders-sent]');
  const message = required<HTMLElement>(root, '[data-orders-message]');
  const form = required<HTMLFormElement>(root, '[data-order-register]');
  const editions = JSON.parse(root.dataset.editions ?? '{}') as Record<string, string>;
  const channels = JSON.parse(root.dataset.channels ?? '{}') as Record<string, string>;
  const editionName = (order: Order) => editions[order.edition] ?? order.edition;

  function label(order: Order): HTMLElement {
    return el(
      'div',
      { class: 'order-label', role: 'group', 'aria-label': say('orders.labelFor', { name: order.name ?? '' }), 'data-order-label': true },
      el('p', {}, order.name ?? ''),
      el('p', {}, order.address ?? ''),
      el('p', {}, `${order.postcode ?? ''} ${order.town ?? ''}`),
    );
  }

  function waitingItem(order: Order): HTMLLIElement {
    const addressLabel = label(order);
    const confirm = el(
      'div',
      { class: 'order-confirm', hidden: true },
      el('p', {}, say('orders.confirm')),
      el('button', { type: 'button', 'data-order-confirm': true }, say('orders.confirmYes')),
      ' ',
      el('button', { type: 'button', class: 'button--secondary', 'data-order-cancel': true }, say('orders.cancel')),
    );
    const markSent = el('button', { type: 'button', 'data-order-mark-sent': true }, say('orders.markSent'));
    const print = el('button', { type: 'button', class: 'button--secondary', 'data-order-print': true }, say('orders.print'));
    print.addEventListener('click', () => printLabels([addressLabel]));
    markSent.addEventListener('click', () => {
      confirm.hidden = false;
      markSent.hidden = true;
      confirm.querySelector<HTMLButtonElement>('[data-order-confirm]')!.focus();
    });
    confirm.querySelector('[data-order-cancel]')!.addEventListener('click', () => {
      confirm.hidden = true;
      markSent.hidden = false;
      markSent.focus();
    });
    confirm.querySelector('[data-order-confirm]')!.addEventListener('click', () => void send(order));
    return el(
      'li',
      { class: 'order', 'data-order': order.id },
      el(
        'p',
        { class: 'order__meta' },
        el('strong', {}, say('orders.ordered', { edition: editionName(order), date: date(order.createdAt) })),
      ),
      addressLabel,
      order.channel
        ? el(
            'p',
            {},
            say('orders.registeredBy', { editor: order.channel.registeredBy, channel: channels[order.channel.via] ?? order.channel.via }),
          )
        : null,
      order.expiresAt ? el('p', { class: 'hint' }, say('orders.expires', { date: date(order.expiresAt) })) : null,
      el('p', { class: 'order-actions' }, print, ' ', markSent),
      confirm,
    );
  }

  function sentItem(order: Order): HTMLLIElement {
    return el(
      'li',
      { 'data-order': order.id },
      say('orders.sentLine', {
        edition: editionName(order),
        ordered: date(order.createdAt),
        sent: order.sentAt ? date(order.sentAt) : '',
        editor: order.sentBy ?? '',
      }),
    );
  }

  async function send(order: Order): Promise<void> {
    try {
      await api.json<Order>('POST', `/api/moderation/orders/${encodeURIComponent(order.id)}/sent`);
      // The lists first, so the message never stands beside a list that still shows the address.
      await load();
      showMessage(message, say('orders.marked', { edition: editionName(order) }));
      message.focus();
    } catch (error) {
      showMessage(message, (error as Error).message, true);
    }
  }

  /** Lists one status, with «Vis flere» while there are more. */
  function fill(list: HTMLUListElement, listing: Listing, item: (order: Order) => HTMLLIElement, empty: string, append = false): void {
    const items = listing.items.map(item);
    if (append) list.querySelector('[data-orders-more]')?.remove();
    else list.replaceChildren();
    list.append(...items);
    if (!append && items.length === 0) list.append(el('li', {}, empty));
    if (listing.nextCursor) {
      const status = list === waiting ? 'waiting' : 'sent';
      const more = el('button', { type: 'button', class: 'button--secondary' }, say('orders.more'));
      more.addEventListener('click', () => {
        void api
          .json<Listing>('GET', `/api/moderation/orders${query({ status, cursor: listing.nextCursor })}`)
          .then((next) => fill(list, next, item, empty, true))
          .catch((error: Error) => showMessage(message, error.message, true));
      });
      list.append(el('li', { 'data-orders-more': true }, more));
    }
  }

  async function load(): Promise<void> {
    try {
      const [open, done] = await Promise.all([
        api.json<Listing>('GET', `/api/moderation/orders${query({ status: 'waiting' })}`),
        api.json<Listing>('GET', `/api/moderation/orders${query({ status: 'sent' })}`),
      ]);
      fill(waiting, open, waitingItem, say('orders.none'));
      fill(sent, done, sentItem, say('orders.noneSent'));
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) showMessage(message, say('orders.failed'), true);
    }
  }

  function showErrors(fields: Record<string, string>): void {
    for (const slot of root.querySelectorAll<HTMLElement>('[data-order-register-error]')) {
      const text = fields[slot.dataset.orderRegisterError!];
      slot.textContent = text ?? '';
      slot.hidden = text === undefined;
      const input = form.querySelector<HTMLInputElement>(`#order-register-${slot.dataset.orderRegisterError}`);
      if (input && text !== undefined) input.setAttribute('aria-invalid', 'true');
      else input?.removeAttribute('aria-invalid');
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const body = Object.fromEntries(
      ['channel', 'name', 'address', 'postcode', 'town', 'edition'].map((name) => [name, String(data.get(name) ?? '')]),
    );
    void (async () => {
      try {
        const order = await api.json<Order>('POST', '/api/moderation/orders', body);
        showErrors({});
        form.reset();
        await load();
        showMessage(message, say('orders.registered', { edition: editionName(order), name: body.name ?? '' }));
        message.scrollIntoView({ block: 'center' });
      } catch (error) {
        if (error instanceof ApiError) showErrors(error.fields);
        showMessage(message, (error as Error).message, true);
      }
    })();
  });

  required<HTMLButtonElement>(root, '[data-orders-print-all]').addEventListener('click', () =>
    printLabels([...waiting.querySelectorAll<HTMLElement>('[data-order-label]')]),
  );
  required<HTMLButtonElement>(root, '[data-orders-refresh]').addEventListener('click', () => void load());
  message.tabIndex = -1;
  return { load };
}
