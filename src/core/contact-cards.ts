const CARD = /<Local\s+service="([a-z0-9-]+)"(?:\s+show="card")?\s*\/>/g;

/** Services an article's MDX body already shows as a contact card, so a page prints each card once. */
export function servicesShownAsCards(body: string): Set<string> {
  return new Set([...body.matchAll(CARD)].map((match) => match[1] as string));
}
