import { t } from '../text/t.ts';
import type { IndexedArticle } from '../search/search-documents.ts';
import { PLAN_STEPS } from './min-plan.ts';
import { TASKS, taskLabel } from './who-does-what.ts';

/**
 * The planning tools as entries of the search's alias index, so «min plan», «sjekkliste»,
 * «hvem gjør hva» and «forventninger til kommunen» lead to them. Their slugs are their addresses
 * (`/min-plan/`, `/hvem-gjor-hva/`), reserved in paths.ts so no article can take them.
 */
export function planningSearchEntries(): IndexedArticle[] {
  return [
    {
      slug: 'min-plan',
      title: t('planning.plan.title'),
      summary: t('planning.plan.summary'),
      area: 'planlegge-og-bestemme',
      aliases: t('planning.plan.aliases').split('|'),
      body: PLAN_STEPS.flatMap((step) => [
        t(step.title),
        t(step.lead),
        ...step.questions.map((question) => t(question.label)),
        ...step.ask.map((question) => t(question.label)),
      ]).join('\n'),
    },
    {
      slug: 'hvem-gjor-hva',
      title: t('planning.who.title'),
      summary: t('planning.who.summary'),
      area: 'planlegge-og-bestemme',
      aliases: t('planning.who.aliases').split('|'),
      body: [
        t('planning.who.intro'),
        t('planning.who.notDecision'),
        ...TASKS.map((task) => t(taskLabel(task))),
        t('planning.who.expectUser'),
        t('planning.who.expectKommune'),
        t('planning.who.reviewHint'),
      ].join('\n'),
    },
  ];
}
