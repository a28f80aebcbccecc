/**
 * When an article's service answers outside office hours, for questions that name a time
 * («hjelp om natta», «lege i helga»): from the opening hours of its contact services in the
 * municipality config (`allDay`, `periods`), and from what the article itself says about help
 * round the clock (ROUND_THE_CLOCK, each entry quoting the sentence; a content test checks the
 * sentence is still in the article). Also the one service a result shows «Åpent hele døgnet» or
 * «Stengt nå – ring …» for.
 */
import { NATIONAL_NUMBERS } from '../national-numbers.ts';
import type { OpeningHours, Service } from '../schemas/municipality.ts';
import { TIMES_OF_DAY, type TimeOfDay } from './time-words.ts';

/** A service as a search result shows its opening status: name, direct number, hours and whom to ring when closed. */
export interface SearchContact {
  name: string;
  phone?: string;
  hours: OpeningHours;
  afterHours?: { name: string; phone: string };
}

/** What an article says about help outside office hours: the times, the sentence that says so, and the national number that answers. */
export interface RoundTheClock {
  times: readonly TimeOfDay[];
  says: string;
  /** A number of NATIONAL_NUMBERS marked `roundTheClock`, shown as the result's service. */
  phone?: string;
}

const ALL = TIMES_OF_DAY;

export const ROUND_THE_CLOCK: Readonly<Record<string, RoundTheClock>> = {
  legevakt: { times: ALL, says: 'Ring legevakten på 116 117, hele døgnet.', phone: '116 117' },
  'nar-det-haster': { times: ALL, says: 'Nødnumrene 113, 112 og 110 er gratis å ringe. De svarer hele døgnet.', phone: '113' },
  'psykisk-helse': { times: ALL, says: 'Disse telefonene er åpne hele døgnet.', phone: '116 123' },
  ensomhet: { times: ALL, says: 'Mental Helse hjelpetelefon: 116 123. Åpen hele døgnet.', phone: '116 123' },
  sorg: { times: ALL, says: 'Mental Helse hjelpetelefon: 116 123. Åpen hele døgnet.', phone: '116 123' },
  trygghetsalarm: { times: ALL, says: 'Der sitter det folk hele døgnet.' },
  sykehjem: { times: ALL, says: 'Det er alltid ansatte til stede, også om natten.' },
  korttidsopphold: { times: ALL, says: 'Du får hjelp hele døgnet.' },
  omsorgsbolig: { times: ALL, says: 'Noen omsorgsboliger har ansatte til stede hele døgnet.' },
  hjemmesykepleie: { times: ['evening', 'night'], says: 'Hjelpen kan komme om morgenen, om dagen, om kvelden eller om natten.' },
  'livets-siste-fase': { times: ALL, says: 'Hjelp hele døgnet' },
  begravelse: { times: ALL, says: 'Mange har vakttelefon hele døgnet.' },
};

/** Minutes after midnight that stand for each time: an evening call at 19:00, a night call at 02:00. */
const EVENING = 19 * 60;
const NIGHT = 2 * 60;
const WEEKEND = new Set(['sat', 'sun']);

const minutes = (time: string) => {
  const [hours = 0, rest = 0] = time.split(':').map(Number);
  return hours * 60 + rest;
};

/** Whether a weekly period covers a minute of the day on one of its days (a `to` before `from` runs past midnight). */
function covers(period: OpeningHours['periods'][number], at: number): boolean {
  const from = minutes(period.from);
  const to = minutes(period.to) || 24 * 60;
  return to > from ? at >= from && at < to : at >= from || at < to;
}

/** The times a service with these hours answers: all of them round the clock, else by its weekly periods. */
export function timesOfHours(hours: OpeningHours): TimeOfDay[] {
  if (hours.allDay) return [...ALL];
  const found = new Set<TimeOfDay>();
  for (const period of hours.periods) {
    if (covers(period, EVENING)) found.add('evening');
    if (covers(period, NIGHT)) found.add('night');
    if (period.days.some((day) => WEEKEND.has(day))) found.add('weekend');
  }
  return ALL.filter((time) => found.has(time));
}

const ROUND_THE_CLOCK_HOURS: OpeningHours = { allDay: true, periods: [], exceptions: [] };

function nationalContact(phone: string): SearchContact | undefined {
  const number = NATIONAL_NUMBERS.find((candidate) => candidate.phone === phone && candidate.roundTheClock);
  return number && { name: number.name, phone: number.phone, hours: ROUND_THE_CLOCK_HOURS };
}

/**
 * When an article's services answer and which one its result shows: the national number the
 * article names as answering round the clock, else the first contact service with opening hours.
 */
export function answerFacts(
  slug: string,
  contacts: readonly string[],
  services: Readonly<Record<string, Service>>,
): { answers: TimeOfDay[]; contact?: SearchContact } {
  const said = ROUND_THE_CLOCK[slug];
  const withHours = contacts.map((id) => services[id]).filter((service) => service?.openingHours !== undefined) as Array<
    Service & { openingHours: OpeningHours }
  >;
  const times = new Set<TimeOfDay>([...(said?.times ?? []), ...withHours.flatMap((service) => timesOfHours(service.openingHours))]);
  const first = withHours[0];
  const contact =
    (said?.phone ? nationalContact(said.phone) : undefined) ??
    (first && {
      name: first.name,
      ...(first.phone ? { phone: first.phone } : {}),
      hours: first.openingHours,
      ...(first.afterHours ? { afterHours: { name: first.afterHours.name, phone: first.afterHours.phone } } : {}),
    });
  return { answers: ALL.filter((time) => times.has(time)), ...(contact ? { contact } : {}) };
}
