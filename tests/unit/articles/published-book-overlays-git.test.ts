import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { overlayBook } from '../../../src/core/articles/overlay-book.ts';
import { frontmatterFields } from '../../../src/core/frontmatter-fields.ts';

const read = (slug: string) => readFileSync(`content/articles/${slug}.mdx`, 'utf8');
const git = { sykehjem: read('sykehjem'), korttidsopphold: read('korttidsopphold'), avlastning: read('avlastning') };
const data = (source: string) => frontmatterFields(source) as { related: string[]; aliases: string[] };

describe('the published book', () => {
  it('is the git book when nothing is published', () => {
    expect(overlayBook(git, [])).toEqual({ sources: git, redirects: {} });
  });

  it('takes edited and new articles from the store', () => {
    const book = overlayBook(git, [
      { slug: 'sykehjem', source: 'redigert' },
      { slug: 'ny-artikkel', source: 'ny' },
    ]);
    expect(book.sources).toMatchObject({ sykehjem: 'redigert', 'ny-artikkel': 'ny', avlastning: git.avlastning });
  });

  it('turns a retired article into a redirect that related lists, links and the A–Å words follow', () => {
    const linking = git.avlastning
      .replace(/^related: .*$/m, 'related: [korttidsopphold, sykehjem]')
      .concat('\nLes om [korttidsopphold](/korttidsopphold/#kort-fortalt).\n');
    const book = overlayBook({ ...git, avlastning: linking }, [
      { slug: 'korttidsopphold', source: git.korttidsopphold, retiredBy: 'sykehjem' },
    ]);
    expect(book.redirects).toEqual({ korttidsopphold: 'sykehjem' });
    expect(book.sources.korttidsopphold).toBeUndefined();
    expect(data(book.sources.avlastning!).related).toEqual(['sykehjem']);
    expect(book.sources.avlastning).toContain('[korttidsopphold](/sykehjem/#kort-fortalt)');
    expect(data(book.sources.sykehjem!).aliases).toContain('Korttidsopphold');
  });

  it('follows a chain of retirements to the article that is left', () => {
    const book = overlayBook(git, [
      { slug: 'korttidsopphold', source: git.korttidsopphold, retiredBy: 'avlastning' },
      { slug: 'avlastning', source: git.avlastning, retiredBy: 'sykehjem' },
    ]);
    expect(book.redirects).toEqual({ korttidsopphold: 'sykehjem', avlastning: 'sykehjem' });
  });
});
