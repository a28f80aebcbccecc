/**
 * A nynorsk text against the bokmål text it was written from. Each nynorsk text records the
 * version of the bokmål text it follows (`basedOn`: git's blob hash of that text, the same for a
 * file in git and a revision in the store); when readers get a newer bokmål text, the nynorsk is
 * «eldre enn bokmålsteksten» until an editor brings it up to date. The diff shows what changed in
 * the bokmål since then, line by line, in words as well as in colour.
 */
import { diffLines } from 'diff';
import { escapeHtml } from '../escape-html.ts';
import { articleText } from '../text/articles.ts';

/** `current` when the nynorsk follows the bokmål readers get now, `older` otherwise (also when it names no version). */
export type TranslationState = 'current' | 'older';

export function translationState(basedOn: string | undefined, bokmalVersion: string): TranslationState {
  return basedOn === bokmalVersion ? 'current' : 'older';
}

/** One line of the bokmål text: unchanged, or added or removed since the version the nynorsk follows. */
export type DiffLine = { change: 'same' | 'added' | 'removed'; text: string };

/** The bokmål text's changes from `before` to `after`, one entry per line. */
export function changedLines(before: string, after: string): DiffLine[] {
  return diffLines(before, after).flatMap((part) => {
    const change = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const lines = part.value.replace(/\n$/, '').split('\n');
    return lines.map((text) => ({ change, text }) as DiffLine);
  });
}

/** Unchanged lines shown on each side of a change; longer unchanged runs are told as a count. */
const CONTEXT_LINES = 2;

/**
 * The changes as plain HTML: a list whose items say «Lagt til:» or «Fjernet:» before the line
 * (`<ins>`/`<del>`), so the change is read, not only seen in colour; two or more unchanged lines
 * far from a change are folded into «… n linjer uendret». Every text is escaped.
 */
export function diffHtml(lines: readonly DiffLine[]): string {
  const near = lines.map((_, index) =>
    lines.slice(Math.max(0, index - CONTEXT_LINES), index + CONTEXT_LINES + 1).some((line) => line.change !== 'same'),
  );
  const items: string[] = [];
  const same = (text: string) => `<li class="text-diff__same">${escapeHtml(text)}</li>`;
  let folded: string[] = [];
  const fold = () => {
    // One line is shown rather than counted.
    if (folded.length === 1) items.push(same(folded[0]!));
    else if (folded.length > 1)
      items.push(`<li class="text-diff__folded">${escapeHtml(articleText('diff.unchanged', { count: folded.length }))}</li>`);
    folded = [];
  };
  lines.forEach((line, index) => {
    if (line.change === 'same' && !near[index]) {
      folded.push(line.text);
      return;
    }
    fold();
    const text = escapeHtml(line.text);
    if (line.change === 'same') items.push(same(line.text));
    else {
      const tag = line.change === 'added' ? 'ins' : 'del';
      const label = escapeHtml(articleText(line.change === 'added' ? 'diff.added' : 'diff.removed'));
      items.push(`<li class="text-diff__${line.change}"><${tag}><span class="text-diff__label">${label}</span> ${text}</${tag}></li>`);
    }
  });
  fold();
  return `<ol class="text-diff" data-text-diff>${items.join('')}</ol>`;
}
