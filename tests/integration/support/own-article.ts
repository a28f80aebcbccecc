/**
 * A test article of Levanger's own for the Levanger–Verdal book: no fact of Levanger's in it but the
 * address of its website from its config, long enough for the content rules (250–800 words).
 */
import { loadMunicipality } from '../../../src/lib/municipality.ts';

export const OWN_ARTICLE_SLUG = 'proveside-levanger';
export const OWN_ARTICLE_TITLE = 'Prøveside bare for Levanger';

const levanger = loadMunicipality('content/municipalities/levanger.json');
const PARAGRAPH = Array.from(
  { length: 8 },
  () => 'Dette er en side som bare testen skriver. Den viser at en kommune kan ha egne sider i boka, skrevet av kommunens redaktører.',
).join(' ');

export const OWN_ARTICLE_SOURCE = `---
title: ${OWN_ARTICLE_TITLE}
summary: Dette er en prøveside som testen skriver. Den skal bare finnes i boka for Levanger.
area: bo-trygt-hjemme
aliases: [prøvesiden, testsiden, prøveteksten]
related: [sykehjem, hjemmesykepleie]
sources:
  - title: ${levanger.name}
    url: ${levanger.website}
reviewed: 2026-12-01
---

## Hva er denne siden?

${PARAGRAPH}

## Hvorfor finnes den?

${PARAGRAPH}

## Hva skjer videre?

${PARAGRAPH}
`;
