/**
 * The article form's controls, filled and read by the article model's field list
 * (core/articles/article-form.ts `editorFields`), so a field added to the model needs nothing
 * here: each control is found by its `name` and handled by its kind. Rows of links (the sources)
 * are the one control the script builds, since their number changes.
 */
import { editorFields, type ArticleFields, type ArticleLink, type ControlValues } from '../../../core/articles/article-form.ts';
import type { Control } from '../../../core/articles/model.ts';
import { articleText } from '../../../core/text/articles.ts';
import { el, required } from '../dom.ts';

type Values = Record<string, ControlValues[Control]>;

export function createFormControls(form: HTMLFormElement, onChange: () => void) {
  const fields = editorFields();
  const one = <T extends HTMLElement>(name: string) => required<T>(form, `[name="${name}"]`);
  const boxes = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${name}"]`)];
  const linkList = (name: string) => required<HTMLOListElement>(form, `[data-links="${name}"]`);

  function addLink(name: string, entry: ArticleLink = { title: '', url: '' }): void {
    const list = linkList(name);
    const id = `${name}-${list.children.length + 1}`;
    const remove = el('button', { type: 'button', class: 'button--secondary' }, articleText('removeSource'));
    const item = el(
      'li',
      { 'data-link': '' },
      el(
        'div',
        { class: 'field' },
        el('label', { for: `${id}-title` }, articleText('sourceTitle')),
        el('input', { type: 'text', id: `${id}-title`, 'data-link-title': '', value: entry.title }),
      ),
      el(
        'div',
        { class: 'field' },
        el('label', { for: `${id}-url` }, articleText('sourceUrl')),
        el('input', { type: 'url', id: `${id}-url`, 'data-link-url': '', inputmode: 'url', value: entry.url }),
      ),
      remove,
    );
    remove.addEventListener('click', () => {
      item.remove();
      onChange();
    });
    list.append(item);
  }

  function fillOne(name: string, control: Control, value: ControlValues[Control]): void {
    switch (control) {
      case 'lines':
        one<HTMLTextAreaElement>(name).value = (value as string[]).join('\n');
        return;
      case 'multiselect':
        for (const option of one<HTMLSelectElement>(name).options) option.selected = (value as string[]).includes(option.value);
        return;
      case 'checkboxes':
        for (const box of boxes(name)) box.checked = (value as string[]).includes(box.value);
        return;
      case 'checkbox':
        one<HTMLInputElement>(name).checked = value as boolean;
        return;
      case 'links': {
        linkList(name).replaceChildren();
        const links = value as ArticleLink[];
        for (const entry of links.length > 0 ? links : [{ title: '', url: '' }]) addLink(name, entry);
        return;
      }
      default:
        one<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(name).value = value as string;
    }
  }

  function readOne(name: string, control: Control): ControlValues[Control] {
    switch (control) {
      case 'lines':
        return one<HTMLTextAreaElement>(name)
          .value.split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
      case 'multiselect':
        return [...one<HTMLSelectElement>(name).selectedOptions].map((option) => option.value);
      case 'checkboxes':
        return boxes(name)
          .filter((box) => box.checked)
          .map((box) => box.value);
      case 'checkbox':
        return one<HTMLInputElement>(name).checked;
      case 'links':
        return [...linkList(name).querySelectorAll('[data-link]')].map((item) => ({
          title: required<HTMLInputElement>(item, '[data-link-title]').value,
          url: required<HTMLInputElement>(item, '[data-link-url]').value,
        }));
      default:
        return one<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(name).value;
    }
  }

  for (const button of form.querySelectorAll<HTMLButtonElement>('[data-add-link]')) {
    button.addEventListener('click', () => addLink(button.dataset.addLink ?? ''));
  }

  return {
    /** Puts the values of the model's fields into their controls. */
    fill(values: ArticleFields): void {
      for (const { name, control } of fields) fillOne(name, control, (values as unknown as Values)[name]!);
    },
    /** The values of the model's fields as the controls hold them now. */
    read(): Omit<ArticleFields, 'body' | 'rest'> {
      return Object.fromEntries(fields.map(({ name, control }) => [name, readOne(name, control)])) as unknown as Omit<
        ArticleFields,
        'body' | 'rest'
      >;
    },
  };
}
