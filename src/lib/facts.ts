/** The facts of this build for the facts desk's pages: each fact with its value, title and where it is shown. */
import { factsOf, KOMMUNE_FACT, summaryOf, type Fact, type FactSummary } from '../core/facts/facts.ts';
import { factUsage, type FactUsage } from '../core/facts/usage.ts';
import { t } from '../core/text/t.ts';
import { getBook } from './book.ts';
import { bookFactFiles, municipality } from './municipality.ts';

export type DeskFact = Fact & { summary: FactSummary; usage: FactUsage };

let cached: Promise<DeskFact[]> | undefined;

async function load(): Promise<DeskFact[]> {
  const facts = factsOf(bookFactFiles());
  const kommuneTitle = t('facts.kommuneTitle', { name: municipality().name });
  const articles = (await getBook()).articles.map((article) => ({
    slug: article.id,
    title: article.data.title,
    body: article.body ?? '',
    contacts: article.data.contacts,
  }));
  const services = municipality().services;
  return facts.map((fact) => {
    const askedVia = fact.id === KOMMUNE_FACT ? [] : Object.keys(services).filter((id) => services[id]?.askVia === fact.id);
    return { ...fact, summary: summaryOf(fact, kommuneTitle), usage: factUsage(articles, fact, askedVia) };
  });
}

/** Every fact of the book, loaded once per build. */
export function deskFacts(): Promise<DeskFact[]> {
  cached ??= load();
  return cached;
}
