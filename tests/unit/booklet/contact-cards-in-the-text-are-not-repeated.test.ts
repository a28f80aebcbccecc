import { describe, expect, it } from 'vitest';
import { servicesShownAsCards } from '../../../src/core/contact-cards.ts';

describe('contact cards an article already shows in its text', () => {
  it('are the <Local> cards, not the inline name, phone or e-mail', () => {
    const body = [
      '## Hvem kan hjelpe deg?',
      '<Local service="tildelingskontor" />',
      'Ring <Local service="hjemmetjenesten" show="phone" /> eller',
      '<Local service="demensteam" show="card" />',
    ].join('\n');
    expect([...servicesShownAsCards(body)]).toEqual(['tildelingskontor', 'demensteam']);
  });
});
