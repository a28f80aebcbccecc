import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import generatedArticles from '../../../functions/generated/articles.json' with { type: 'json' };
import { draftFor } from '../../../functions/editors/draft.ts';
import { articleSchema } from '../../../src/core/schemas/article.ts';
import type { Suggestion } from '../../../src/core/suggestions/types.ts';

const articles = {
  trygghetsalarm: {
    title: 'Trygghetsalarm',
    summary: 'En trygghetsalarm er en knapp du bærer på deg. Trykker du på den, får du kontakt med noen som kan hjelpe.',
    area: 'bo-trygt-hjemme',
    aliases: ['alarm'],
    related: ['hjemmesykepleie'],
    sources: [{ title: 'Helsenorge', url: 'https://www.helsenorge.no/' }],
    reviewed: '2026-01-15',
    contacts: ['servicetorget'],
  },
};

const base: Suggestion = {
  id: '0b6f1f6e-1111-4222-8333-444455556666',
  kind: 'new-topic',
  text: 'Skriv om hvordan man får hjelp til å bruke nettbank.',
  title: 'Hjelp med nettbank',
  source: { type: 'council', councilId: 'c1', councilName: 'Eldrerådet' },
  status: 'accepted',
  version: 4,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  hasContact: false,
  public: false,
};

function split(content: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(content);
  if (!match) throw new Error('no frontmatter');
  return { frontmatter: parse(match[1]!), body: match[2]!.trimStart() };
}

describe('MDX draft ("Lag utkast")', () => {
  it('starts a new topic from the suggestion and leaves area and sources for the editor', () => {
    const draft = draftFor(base, articles, '2026-11-28');
    expect(draft.fileName).toBe('hjelp-med-nettbank.mdx');
    const { frontmatter, body } = split(draft.content);
    expect(frontmatter).toEqual({
      title: 'Hjelp med nettbank',
      summary: base.text,
      area: null,
      aliases: [],
      related: [],
      sources: [],
      reviewed: '2026-11-28',
    });
    expect(draft.content).toMatch(/# Velg ett livsområde: bo-trygt-hjemme, helse/);
    expect(draft.content).toMatch(/# Legg til minst én offisiell kilde/);
    expect(body).toContain('Fra Eldrerådet');
    expect(body).toContain(base.text);
  });

  it('starts a correction from the article frontmatter with a new review date', () => {
    const { title: _title, ...untitled } = base;
    const draft = draftFor({ ...untitled, kind: 'correction', topic: 'trygghetsalarm', text: 'Prisen er feil.' }, articles, '2026-11-28');
    expect(draft.fileName).toBe('trygghetsalarm.mdx');
    const { frontmatter, body } = split(draft.content);
    expect(frontmatter).toEqual({ ...articles.trygghetsalarm, reviewed: '2026-11-28' });
    expect(body).toContain('content/articles/trygghetsalarm.mdx');
  });

  it('takes the life area of the article a question came from', () => {
    const { frontmatter } = split(draftFor({ ...base, kind: 'question', topic: 'trygghetsalarm' }, articles, '2026-11-28').content);
    expect(frontmatter.area).toBe('bo-trygt-hjemme');
    expect(frontmatter.related).toEqual(['trygghetsalarm']);
  });

  it('keeps citizen text inert: it can not end the MDX comment or break the YAML', () => {
    const hostile = { ...base, title: 'Tittel: med kolon\n---', text: 'Tekst */ <script>alert(1)</script> {export const x = 1}' };
    const { frontmatter, body } = split(draftFor(hostile, articles, '2026-11-28').content);
    expect(frontmatter.title).toBe('Tittel: med kolon ---');
    expect(body.startsWith('{/*\n')).toBe(true);
    expect(body.trimEnd().endsWith('*/}')).toBe(true);
    expect(body.slice(3, -4)).not.toContain('*/');
  });

  it('turns every real article into a correction draft that reads back as the same valid frontmatter', () => {
    const all = generatedArticles as Record<string, Record<string, unknown>>;
    expect(Object.keys(all).length).toBeGreaterThan(0);
    for (const [slug, frontmatter] of Object.entries(all)) {
      const draft = draftFor({ ...base, kind: 'correction', topic: slug }, all, '2026-11-28');
      const parsed = split(draft.content).frontmatter;
      expect(parsed, slug).toEqual({ ...frontmatter, reviewed: '2026-11-28' });
      expect(articleSchema.safeParse(parsed).success, slug).toBe(true);
    }
  });
});
