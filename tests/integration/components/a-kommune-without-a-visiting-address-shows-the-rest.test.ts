import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import Kommune from '../../../src/components/mdx/kommune.astro';
import ContactPage from '../../../src/pages/kontakt.astro';

// Verdal: its switchboard, e-mail and service desk are confirmed, its visiting address is not.
process.env.MUNICIPALITY_CONFIG = 'content/municipalities/verdal.json';

describe('a kommune without a confirmed visiting address', () => {
  it('shows the contacts it has and links the website for the address', async () => {
    const container = await AstroContainer.create();
    const page = parse(await container.renderToString(ContactPage));
    const facts = page.querySelector('main ul.local-card__facts');
    const text = facts?.textContent.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('Sentralbord: 74 04 82 00');
    expect(facts?.querySelector('a[href="tel:+4774048200"]')).not.toBeNull();
    expect(facts?.querySelector('a[href="mailto:servicekontoret@verdal.kommune.no"]')).not.toBeNull();
    expect(text).not.toContain('Besøksadresse');
    expect(facts?.querySelector('[data-kommune-contacts-online] a')?.getAttribute('href')).toBe('https://www.verdal.kommune.no');
    // In the footer the website gets a line of its own after the e-mail address.
    const footerContact = page.querySelector('footer [data-local]');
    expect(footerContact?.querySelector('a[href^="mailto:"]')?.nextElementSibling?.tagName).toBe('BR');
    const address = parse(await container.renderToString(Kommune, { props: { show: 'address' } }));
    expect(address.textContent.replace(/\s+/g, ' ').trim()).toBe('kommunen (se kontaktinformasjon på verdal.kommune.no)');
    const switchboard = parse(await container.renderToString(Kommune, { props: { show: 'switchboard' } }));
    expect(switchboard.querySelector('a')?.getAttribute('href')).toBe('tel:+4774048200');
  });
});
