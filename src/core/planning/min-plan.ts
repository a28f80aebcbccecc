import type { MessageKey } from '../text/t.ts';

/** A question answered with a few words or sentences, or with Ja / Nei / Vet ikke. */
export interface PlanQuestion {
  /** Form field name; also the key in saved and exported plans, so never rename one. */
  id: string;
  kind: 'text' | 'choice';
  label: MessageKey;
}

/** A question the reader may tick to take along to the meeting with the kommune. */
export interface KommuneQuestion {
  id: string;
  label: MessageKey;
}

export interface PlanStep {
  /** Anchor and field-name prefix. */
  id: string;
  title: MessageKey;
  lead: MessageKey;
  questions: readonly PlanQuestion[];
  /** Article slugs the step links to; each of them offers «Legg til i planen». */
  articles: readonly string[];
  ask: readonly KommuneQuestion[];
}

/** Answers to choice questions; the labels are tools.yes / tools.no / tools.unsure. */
export const CHOICES = [
  { value: 'ja', label: 'planning.tools.yes' },
  { value: 'nei', label: 'planning.tools.no' },
  { value: 'vet-ikke', label: 'planning.tools.unsure' },
] as const satisfies readonly { value: string; label: MessageKey }[];

const text = (step: string, id: string): PlanQuestion => ({
  id: `${step}.${id}`,
  kind: 'text',
  label: `planning.plan.${step}.q.${id}` as MessageKey,
});
const choice = (step: string, id: string): PlanQuestion => ({
  id: `${step}.${id}`,
  kind: 'choice',
  label: `planning.plan.${step}.q.${id}` as MessageKey,
});
const ask = (step: string, id: string): KommuneQuestion => ({
  id: `${step}.ask.${id}`,
  label: `planning.plan.${step}.ask.${id}` as MessageKey,
});

/** «Min plan for alderdommen»: one theme per step, in the order a conversation usually takes. */
export const PLAN_STEPS: readonly PlanStep[] = [
  {
    id: 'bolig',
    title: 'planning.plan.bolig.title',
    lead: 'planning.plan.bolig.lead',
    questions: [choice('bolig', 'move'), choice('bolig', 'level'), text('bolig', 'change'), text('bolig', 'where')],
    articles: ['bolig-tilpasning', 'hjelpemidler', 'trygghetsalarm', 'velferdsteknologi', 'forebyggende-hjemmebesok', 'omsorgsbolig'],
    ask: [ask('bolig', 'visit'), ask('bolig', 'aids')],
  },
  {
    id: 'hjelp',
    title: 'planning.plan.hjelp.title',
    lead: 'planning.plan.hjelp.lead',
    questions: [choice('hjelp', 'now'), text('hjelp', 'self'), text('hjelp', 'hard')],
    articles: ['soke-om-tjenester', 'hjemmehjelp', 'hjemmesykepleie', 'matombringing', 'vaktmesterhjelp', 'hverdagsrehabilitering'],
    ask: [ask('hjelp', 'services'), ask('hjelp', 'rehab')],
  },
  {
    id: 'helse',
    title: 'planning.plan.helse.title',
    lead: 'planning.plan.helse.lead',
    questions: [text('helse', 'doctor'), choice('helse', 'medicines'), text('helse', 'strong')],
    articles: ['fastlege', 'legemidler', 'trening-og-aktivitet', 'fallforebygging', 'ernaering', 'vaksiner', 'syn', 'horsel', 'tannhelse'],
    ask: [ask('helse', 'training'), ask('helse', 'falls')],
  },
  {
    id: 'fullmakt',
    title: 'planning.plan.fullmakt.title',
    lead: 'planning.plan.fullmakt.lead',
    questions: [choice('fullmakt', 'proxy'), text('fullmakt', 'who'), choice('fullmakt', 'will'), text('fullmakt', 'papers')],
    articles: [
      'fremtidsfullmakt',
      'verge',
      'testament-og-arv',
      'alderspensjon',
      'bostotte',
      'egenandel-og-frikort',
      'okonomisk-radgivning',
    ],
    ask: [ask('fullmakt', 'cost')],
  },
  {
    id: 'personer',
    title: 'planning.plan.personer.title',
    lead: 'planning.plan.personer.lead',
    questions: [text('personer', 'closest'), text('personer', 'contacts'), text('personer', 'share')],
    articles: ['parorende', 'forventningsavklaring', 'avlastning', 'parorendeskole', 'individuell-plan'],
    ask: [ask('personer', 'contact'), ask('personer', 'support')],
  },
  {
    id: 'sosialt',
    title: 'planning.plan.sosialt.title',
    lead: 'planning.plan.sosialt.lead',
    questions: [choice('sosialt', 'talk'), text('sosialt', 'joy'), text('sosialt', 'start')],
    articles: [
      'seniorsenter',
      'frivilligsentral',
      'besoksvenn',
      'ensomhet',
      'kultur-og-opplevelser',
      'digital-hjelp',
      'dagaktivitetstilbud',
    ],
    ask: [ask('sosialt', 'activities'), ask('sosialt', 'visitor')],
  },
  {
    id: 'siste',
    title: 'planning.plan.siste.title',
    lead: 'planning.plan.siste.lead',
    questions: [text('siste', 'important'), text('siste', 'where'), text('siste', 'funeral')],
    articles: ['livets-siste-fase', 'begravelse', 'testament-og-arv', 'dodsfall'],
    ask: [ask('siste', 'talk')],
  },
];

/** Field name of a step's own question to the kommune. */
export const ownQuestionId = (step: PlanStep): string => `${step.id}.ask.own`;

/** Articles that offer «Legg til i planen»: every article a step links to, and the planning articles themselves. */
export const PLAN_ARTICLES: ReadonlySet<string> = new Set(['planlegg-alderdommen', ...PLAN_STEPS.flatMap((step) => step.articles)]);
