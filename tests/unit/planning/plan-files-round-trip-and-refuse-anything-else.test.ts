import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, parsePlanFile, planFileName, toPlanFile } from '../../../src/core/planning/plan-file.ts';

const now = new Date('2026-11-30T20:15:00Z');
const answers = { 'bolig.change': 'Trappeheis', 'bolig.move': 'nei', 'bolig.ask.visit': 'ja' };

describe('plan files', () => {
  it('reads back exactly what was saved, with the reading list', () => {
    const text = JSON.stringify(toPlanFile('min-plan', answers, ['fastlege', 'verge'], now));
    expect(parsePlanFile(text, 'min-plan')).toEqual({
      ok: true,
      file: {
        format: 'alderdommens-abc',
        tool: 'min-plan',
        version: 1,
        saved: '2026-11-30T20:15:00.000Z',
        answers,
        readingList: ['fastlege', 'verge'],
      },
    });
  });

  it('names the file after the tool and the day', () => {
    expect(planFileName('hvem-gjor-hva', now)).toBe('hvem-gjor-hva-2026-11-30.json');
  });

  it('says so when a file belongs to the other tool', () => {
    const text = JSON.stringify(toPlanFile('hvem-gjor-hva', { 'party.0.name': 'Astrid' }, [], now));
    expect(parsePlanFile(text, 'min-plan')).toEqual({ ok: false, error: 'wrong-tool' });
  });

  it.each([
    ['not JSON', 'Kjære dagbok'],
    ['another JSON file', '{"name": "package"}'],
    ['a list', '[1, 2, 3]'],
    ['a newer version', JSON.stringify({ ...toPlanFile('min-plan', answers, [], now), version: 2 })],
    ['answers that are not text', JSON.stringify({ ...toPlanFile('min-plan', {}, [], now), answers: { 'bolig.change': { evil: true } } })],
    ['odd field names', JSON.stringify({ ...toPlanFile('min-plan', {}, [], now), answers: { '<img src=x>': 'hei' } })],
    ['a reading list that is not slugs', JSON.stringify({ ...toPlanFile('min-plan', {}, [], now), readingList: ['../../etc'] })],
  ])('refuses %s as unreadable', (_name, text) => {
    expect(parsePlanFile(text, 'min-plan')).toEqual({ ok: false, error: 'unreadable' });
  });

  it('refuses a file far larger than any plan before reading it', () => {
    expect(parsePlanFile(' '.repeat(MAX_FILE_BYTES + 1), 'min-plan')).toEqual({ ok: false, error: 'too-large' });
  });
});
