import { describe, expect, it } from 'vitest';
import { DANGER_ANSWERS, DANGER_KINDS, dangerIn, dangerNumbers } from '../../../src/core/search/danger.ts';
import { NATIONAL_NUMBERS } from '../../../src/core/national-numbers.ts';
import { searchMessages } from '../../../src/core/search/search-messages.ts';
import { DANGER_QUESTIONS, ORDINARY_QUESTIONS } from '../../fixtures/danger-questions.ts';
import { readFileSync } from 'node:fs';

interface SetQuestion {
  query: string;
  accept: string[];
  danger?: boolean;
}

/** Questions of the project's and the tuning sets that say no one is in danger and ask about no safety page. */
const safetyPages = new Set(DANGER_KINDS.map((kind) => DANGER_ANSWERS[kind].slug));
const ordinaryFromSets = ['search-queries.json', 'search-tuning.json', 'search-fresh.json']
  .flatMap((file) => (JSON.parse(readFileSync(`tests/content/${file}`, 'utf8')) as { queries: SetQuestion[] }).queries)
  .filter((question) => !question.danger && !question.accept.some((slug) => safetyPages.has(slug)))
  .map((question) => question.query);

describe('danger in a question', () => {
  for (const kind of DANGER_KINDS) {
    it.each(DANGER_QUESTIONS[kind].map((query) => [query]))(`«%s» is ${kind}`, (query) => {
      expect(dangerIn(query)).toContain(kind);
    });
  }

  it.each(ORDINARY_QUESTIONS.map((query) => [query]))('«%s» is no danger', (query) => {
    expect(dangerIn(query)).toEqual([]);
  });

  it('leaves every ordinary question of the project and tuning sets without a box', () => {
    expect(ordinaryFromSets.length).toBeGreaterThan(150);
    expect(ordinaryFromSets.filter((query) => dangerIn(query).length > 0)).toEqual([]);
  });

  it('tells «han slår henne» from «slår av komfyren», «vil dø» from «vil dø hjemme», «får meg ikkje opp att» from «klarer ikke reise seg fra do»', () => {
    expect(dangerIn('han slår henne')).toEqual(['abuse']);
    expect(dangerIn('noe som slår av komfyren')).toEqual([]);
    expect(dangerIn('far sier han vil dø')).toEqual(['suicide']);
    expect(dangerIn('far vil dø hjemme')).toEqual([]);
    expect(dangerIn('har datt og får meg ikkje opp att')).toEqual(['emergency']);
    expect(dangerIn('kona klarer ikke reise seg fra do')).toEqual([]);
  });

  it('reads questions typed without æ, ø and å and in nynorsk', () => {
    expect(dangerIn('min sonn slaar mor min')).toContain('abuse');
    expect(dangerIn('eg vil ikkje leve meir')).toContain('suicide');
    expect(dangerIn('mamma vondt i brystet, hva gjore')).toContain('emergency');
  });

  it('tells someone missing from someone who has died or is away for the day', () => {
    expect(dangerIn('mor er borte')).toEqual(['missing']);
    expect(dangerIn('nå som kona er borte er jeg så ensom')).toEqual([]);
    expect(dangerIn('mor er borte på dagsenteret hele dagen')).toEqual([]);
    expect(dangerIn('vi vet ikke hvor far er')).toEqual(['missing']);
    expect(dangerIn('vi vet ikke hvor vi skal søke om hjelp')).toEqual([]);
  });

  it('reads confusion with fever as a case for the legevakt, and a fall behind a locked door as one for the police too', () => {
    expect(dangerIn('han var så forvirra i natt, visste ikkje kvar han var, og no er han heit og skjelv')).toEqual(['urgent']);
    expect(dangerIn('naboen har falt og døra er låst')).toEqual(['emergency', 'missing']);
  });

  it('orders the kinds most urgent first', () => {
    expect(dangerIn('bestemor har tatt mange tabletter med vilje og er vanskelig å vekke')[0]).toBe('emergency');
  });
});

describe('the numbers a danger box gives', () => {
  it('are national numbers, each with a text in the catalogue saying what it is for', () => {
    const messages = searchMessages();
    for (const phone of dangerNumbers(DANGER_KINDS)) {
      expect(NATIONAL_NUMBERS.map((number) => number.phone)).toContain(phone);
      expect(messages.danger.numbers[phone]?.length).toBeGreaterThan(10);
    }
  });

  it('give each kind its own number first: 110, 113, the police, 116 123, Vern for eldre twice, legevakten', () => {
    expect(DANGER_KINDS.map((kind) => dangerNumbers([kind])[0])).toEqual([
      '110',
      '113',
      '112',
      '116 123',
      '800 30 196',
      '800 30 196',
      '116 117',
    ]);
  });

  it('send a missing person and a fire to the police too, and neglect to the legevakt as well as Vern for eldre', () => {
    expect(dangerNumbers(['missing'])).toEqual(['112']);
    expect(dangerNumbers(['fire'])).toEqual(['110', '112', '113']);
    expect(dangerNumbers(['neglect'])).toEqual(['800 30 196', '116 117']);
  });

  it('are given once each, the most urgent kind first', () => {
    expect(dangerNumbers(['suicide', 'emergency'])).toEqual(['116 123', '22 40 00 40', '116 117', '113']);
    expect(dangerNumbers(['emergency', 'abuse'])).toEqual(['113', '116 117', '800 30 196', '112']);
    expect(dangerNumbers(['fire', 'emergency'])).toEqual(['110', '112', '113', '116 117']);
  });
});
