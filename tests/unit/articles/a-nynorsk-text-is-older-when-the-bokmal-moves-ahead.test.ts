/**
 * The version of a bokmål text is git's blob hash of it (the same for a file in git and a revision
 * in the store); a nynorsk text that follows another version is «eldre enn bokmålsteksten», and
 * the bokmål's changes since then are shown as plain HTML that says, in words, what was added and removed.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { gitBlobHash } from '../../../functions/shared/book/blob-hash.ts';
import { changedLines, diffHtml, translationState } from '../../../src/core/articles/translation.ts';
import { useLanguage } from '../../../src/core/text/language.ts';

describe('the version of a bokmål text', () => {
  it('is what git hash-object names it, also for æ, ø and å', () => {
    for (const text of ['hello\n', 'Sykehjem – hva koster det? Æ, ø og å.\n', ''])
      expect(gitBlobHash(text)).toBe(execFileSync('git', ['hash-object', '--stdin'], { input: text, encoding: 'utf8' }).trim());
  });

  it('changes with every byte of the text', () => {
    expect(gitBlobHash('Ring 113.\n')).not.toBe(gitBlobHash('Ring 113. \n'));
  });
});

describe('whether a nynorsk text is older than the bokmål', () => {
  const now = gitBlobHash('Bokmål nå\n');

  it('follows the bokmål when it names the version readers get', () => {
    expect(translationState(now, now)).toBe('current');
  });

  it('is older when it names another version, or none', () => {
    expect(translationState(gitBlobHash('Bokmål før\n'), now)).toBe('older');
    expect(translationState(undefined, now)).toBe('older');
  });
});

describe("the bokmål's changes since the version the nynorsk follows", () => {
  const before = [
    '# Sykehjem',
    '',
    'Plass søkes hos kommunen.',
    'Prisen følger inntekten.',
    '',
    'a',
    'b',
    'c',
    'd',
    'e',
    'f',
    'Slutt.',
  ].join('\n');
  const after = before.replace('Prisen følger inntekten.', 'Prisen følger inntekten din <og formuen>.').replace('Slutt.', 'Slutten.');

  it('lists each line as unchanged, added or removed', () => {
    const lines = changedLines(before, after);
    expect(lines.filter((line) => line.change === 'removed').map((line) => line.text)).toEqual(['Prisen følger inntekten.', 'Slutt.']);
    expect(lines.filter((line) => line.change === 'added').map((line) => line.text)).toEqual([
      'Prisen følger inntekten din <og formuen>.',
      'Slutten.',
    ]);
  });

  it('says «Lagt til:» and «Fjernet:» in the text of each changed line, and escapes the text', () => {
    useLanguage('nb');
    const html = diffHtml(changedLines(before, after));
    expect(html).toContain('<del><span class="text-diff__label">Fjernet:</span> Prisen følger inntekten.</del>');
    expect(html).toContain('<ins><span class="text-diff__label">Lagt til:</span> Prisen følger inntekten din &lt;og formuen&gt;.</ins>');
    expect(html).not.toContain('<og formuen>');
  });

  it('shows two unchanged lines on each side of a change and folds longer runs into a count', () => {
    useLanguage('nb');
    const html = diffHtml(changedLines(before, after));
    expect(html).toContain('<li class="text-diff__same">Plass søkes hos kommunen.</li>');
    expect(html).toContain('<li class="text-diff__same">a</li>');
    expect(html).toContain('<li class="text-diff__folded">… 3 linjer uendret</li>');
    expect(html).not.toContain('>c</li>');
    // A single line far from a change is shown, not counted.
    expect(html).toContain('<li class="text-diff__same"># Sykehjem</li>');
  });

  it('is worded in nynorsk for a nynorsk kommune', () => {
    useLanguage('nn');
    expect(diffHtml(changedLines(before, after))).toContain('Fjerna:');
    useLanguage(undefined);
  });
});
