import { describe, expect, it } from 'vitest';
import { lookup, templateParts } from '../../../src/core/text/lookup.ts';
import { apiText } from '../../../src/core/text/api.ts';
import { t } from '../../../src/core/text/t.ts';

describe('catalogue texts', () => {
  it('fill named placeholders and leave unknown ones for the page to see', () => {
    const say = lookup({ greeting: 'Hei {name}, du har {count} svar. {missing}' });
    expect(say('greeting', { name: 'Kari', count: 3 })).toBe('Hei Kari, du har 3 svar. {missing}');
  });

  it('cut a template at its placeholders so a page can put a link in one', () => {
    expect(templateParts('Mangler noe? {suggestLink}.')).toEqual(['Mangler noe? ', { name: 'suggestLink' }, '.']);
    expect(templateParts('{kommune} er ansvarlig.')).toEqual([{ name: 'kommune' }, ' er ansvarlig.']);
  });

  it('read the same text through a page key and through its namespace', () => {
    expect(t('api.error.suggestionNotFound')).toBe('Fant ikke forslaget.');
    expect(apiText('error.suggestionNotFound')).toBe(t('api.error.suggestionNotFound'));
  });
});
