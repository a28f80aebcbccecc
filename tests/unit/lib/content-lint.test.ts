import { describe, expect, it } from 'vitest';
import { bookEntries, hardCodedFacts, lintArticles, lintDraft, type ArticleFile } from '../../../src/core/content-lint.ts';

const plainBody = Array.from({ length: 60 }, (_, i) => `Du kan ringe oss i dag. Vi hjelper deg nr ${i}.`).join('\n');

function article(slug: string, overrides: Record<string, string> = {}, body = plainBody): ArticleFile {
  const fields = {
    title: `Tittel ${slug}`,
    summary: 'Dette er kort fortalt. Det svarer på spørsmålet.',
    area: 'helse',
    aliases: `[${slug}-ord1, ${slug}-ord2, ${slug}-ord3]`,
    related: '[a, b]',
    sources: '\n  - title: Helsenorge\n    url: https://www.helsenorge.no/',
    reviewed: '2026-11-28',
    ...overrides,
  };
  const frontmatter = Object.entries(fields)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return { path: `content/articles/${slug}.mdx`, source: `---\n${frontmatter}\n---\n${body}\n` };
}

const options = {
  requiredSlugs: ['a', 'b', 'c'],
  serviceIds: new Set(['servicetorget']),
  localFacts: ['Jevnaker', '61 31 57 00'],
  sitePaths: ['foresla', 'sok'],
};
const lint = (files: ArticleFile[]) => lintArticles(files, options);
const valid = () => [article('a', { related: '[b, c]' }), article('b', { related: '[a, c]' }), article('c')];
const entries = (files: ArticleFile[]) => bookEntries(Object.fromEntries(files.map((file) => [file.path.slice(17, -4), file.source])));

describe('content linter', () => {
  it('passes a book that meets every rule and prints words and LIX per article', () => {
    const report = lint(valid());
    expect(report.problems).toEqual([]);
    expect(report.rows.map((row) => row.slug)).toEqual(['a', 'b', 'c']);
    expect(report.rows[0]?.lix).toBeLessThan(40);
  });

  it('fails an article with hard words and long sentences (LIX over 40)', () => {
    const heavy =
      Array.from(
        { length: 30 },
        () =>
          'Helsetjenestetilbudet forutsetter nødvendigvis omfattende kartlegging gjennomført kommunalt hjemmebasert omsorgstjenestetilbud gjennomføres',
      ).join(' ') + '.';
    const report = lint([...valid().slice(0, 2), article('c', {}, heavy)]);
    expect(report.problems.some((p) => p.startsWith('content/articles/c.mdx: LIX'))).toBe(true);
  });

  it('fails a summary over 60 words', () => {
    const long = `${'ord '.repeat(61).trim()}. Slutt.`;
    expect(lint([...valid().slice(0, 2), article('c', { summary: long })]).problems).toContainEqual(
      expect.stringMatching(/c\.mdx: «Kort fortalt» har 62 ord/),
    );
  });

  it('fails broken related slugs and internal links', () => {
    const report = lint([
      ...valid().slice(0, 2),
      article('c', { related: '[a, x]' }, `${plainBody}\nLes [mer](/finnes-ikke/) og [send forslag](/foresla/?tema=c).`),
    ]);
    expect(report.problems).toContain('content/articles/c.mdx: «Relaterte artikler»: «x» finnes ikke');
    expect(report.problems).toContain('content/articles/c.mdx: lenken «/finnes-ikke/» peker ikke til noen side');
    expect(report.problems.some((p) => p.includes('/foresla/'))).toBe(false);
  });

  it('fails a source that is not https and a missing field, naming the field', () => {
    const report = lint([
      ...valid().slice(0, 2),
      article('c', { sources: '\n  - title: Gammel\n    url: http://example.no/', area: 'ukjent' }),
    ]);
    expect(report.problems).toContainEqual(expect.stringMatching(/c\.mdx: linje \d+: Kilder nr\. 1 \(adresse\): /));
    expect(report.problems).toContainEqual(expect.stringMatching(/c\.mdx: linje 4: Livsområde: Velg et av valgene i listen\./));
  });

  it('fails when a topic on the list is missing', () => {
    expect(lint(valid().slice(0, 2)).problems).toContain('content/articles/c.mdx mangler: artikkelen står på temalisten');
  });

  it('fails an alias shared by two articles, or equal to another title', () => {
    const report = lint([
      article('a', { related: '[b, c]', aliases: '[gamlehjem, x1, x2]' }),
      article('b', { related: '[a, c]', aliases: '[gamlehjem, y1, tittel c]' }),
      article('c'),
    ]);
    expect(report.problems).toContainEqual(expect.stringMatching(/aliaset «gamlehjem» står i flere artikler \(a, b\)/));
    expect(report.problems).toContainEqual(expect.stringMatching(/aliaset «tittel c» i b er tittelen på c/));
  });

  it('fails hard-coded local facts and unknown local services', () => {
    const body = `${plainBody}\nRing Jevnaker på 61 31 57 00.\n<Local service="ukjent" />`;
    const report = lint([...valid().slice(0, 2), article('c', {}, body)]);
    expect(report.problems).toContain('content/articles/c.mdx: «Jevnaker» er et lokalt faktum: bruk <Local> eller <Kommune> i stedet');
    expect(report.problems).toContain('content/articles/c.mdx: <Local service="ukjent"> finnes ikke i kommunekonfigurasjonen');
  });

  it('fails a price, an opening time or a local phone number written into the text', () => {
    const body = `${plainBody}\nAlarmen koster 250 kr i måneden. Kontoret er åpent kl. 10–14. Ring 61 31 59 00.`;
    const report = lint([...valid().slice(0, 2), article('c', {}, body)]);
    expect(report.problems).toContainEqual(expect.stringMatching(/c\.mdx: prisen «250 kr»/));
    expect(report.problems).toContainEqual(expect.stringMatching(/c\.mdx: åpningstiden «kl\. 10»/));
    expect(report.problems).toContainEqual(expect.stringMatching(/c\.mdx: telefonnummeret «61 31 59 00»/));
  });

  it('lets national numbers and plain counts of years and G through', () => {
    expect(hardCodedFacts('Ring 113, legevakten på 116 117 eller Nav på 55 55 33 33. Fristen er 20 år. Taket er 15 G fra 2019.')).toEqual(
      [],
    );
    expect(hardCodedFacts('Det koster kr 300 eller 1 200 kroner, 08:00–15:30.')).toEqual([
      'prisen «kr 300»',
      'prisen «1 200 kroner»',
      'åpningstiden «08:00–15:30»',
    ]);
  });

  it('fails a body section or card that repeats the contact box', () => {
    const body = `${plainBody}\n\n## Hvem kan hjelpe deg?\n\n<Local service="servicetorget" />`;
    const report = lint([...valid().slice(0, 2), article('c', { contacts: '[servicetorget]' }, body)]);
    expect(report.problems).toContainEqual(expect.stringMatching(/c\.mdx: har en egen «Hvem kan hjelpe deg»-del/));
    expect(report.problems).toContainEqual(expect.stringMatching(/c\.mdx: <Local service="servicetorget" \/> gjentar kontaktboksen/));
  });

  it('fails a review record naming a source the article does not list', () => {
    const report = lint([...valid().slice(0, 2), article('c', { checkedSources: '[https://www.nav.no/]' })]);
    expect(report.problems).toContain('content/articles/c.mdx: «Kontrollerte kilder»: «https://www.nav.no/» står ikke blant «Kilder»');
    expect(lint([...valid().slice(0, 2), article('c', { checkedSources: '[https://www.helsenorge.no/]' })]).problems).toEqual([]);
  });
});

describe('content linter on one draft', () => {
  it('reports only the rules the draft breaks, against the rest of the book', () => {
    const book = valid();
    const draft = article('c', { aliases: '[a-ord1, nytt]' }).source;
    const findings = lintDraft('c', draft, entries(book), options);
    expect(findings.map((finding) => finding.rule).sort()).toEqual(['aliases', 'ambiguous-alias']);
    expect(findings.every((finding) => finding.slugs.includes('c'))).toBe(true);
  });

  it('finds nothing in a draft that meets every rule', () => {
    expect(lintDraft('c', article('c').source, entries(valid()), options)).toEqual([]);
  });
});

describe('content linter in each målform', () => {
  const nynorsk = Array.from({ length: 60 }, (_, i) => `Du kan ringje oss i dag. Vi hjelper deg med nummer ${i}.`).join('\n');
  const nn = (body: string) => [
    article('a', { related: '[b, c]', summary: 'Dette er kort fortalt. Det svarar på spørsmålet.' }, nynorsk),
    article('b', { related: '[a, c]', summary: 'Dette er kort fortalt. Det svarar på spørsmålet.' }, nynorsk),
    article('c', { summary: 'Dette er kort fortalt. Det svarar på spørsmålet.' }, `${nynorsk}\n${body}`),
  ];

  it('passes a nynorsk text read by the nynorsk rules', () => {
    expect(lintArticles(nn(''), { ...options, language: 'nn' }).problems).toEqual([]);
  });

  it('flags bokmål-only forms such as «ikke», «hvordan» and «jeg» in a nynorsk text', () => {
    const report = lintArticles(nn('Hvordan søker jeg? Det er ikke vanskeleg.'), { ...options, language: 'nn' });
    const flagged = report.findings.filter((finding) => finding.rule === 'other-standard').map((finding) => finding.message);
    // The message is in the editors' language (this process's), the rule in the text's.
    expect(flagged.sort()).toEqual([
      '«hvordan» hører til den andre målformen: skriv teksten på nynorsk.',
      '«ikke» hører til den andre målformen: skriv teksten på nynorsk.',
      '«jeg» hører til den andre målformen: skriv teksten på nynorsk.',
    ]);
  });

  it('flags nynorsk forms in a bokmål text', () => {
    const report = lint([...valid().slice(0, 2), article('c', {}, `${plainBody}\nDu treng ikkje ringe.`)]);
    expect(report.problems).toContainEqual(expect.stringMatching(/c\.mdx: «ikkje» hører til den andre målformen: skriv teksten på bokmål/));
  });

  it('names a hard word and its plain replacement in either language', () => {
    expect(lint([...valid().slice(0, 2), article('c', {}, `${plainBody}\nDette gjelder vedrørende hjelp.`)]).problems).toContainEqual(
      'content/articles/c.mdx: Vanskelig ord: «vedrørende». Skriv heller «om».',
    );
    const report = lintArticles(nn('Det gjeld hjelp i samsvar med lova.'), { ...options, language: 'nn' });
    expect(report.problems).toContainEqual('content/articles/c.mdx: Vanskelig ord: «i samsvar med». Skriv heller «etter».');
  });
});
