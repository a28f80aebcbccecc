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
      title: t('plan.title'),
      summary: t('plan.summary'),
      area: 'planlegge-og-bestemme',
      aliases: t('plan.aliases').split('|'),
      body: PLAN_STEPS.flatMap((step) => [t(step.title), t(step.lead), ...step.questions.map((question) => t(question.label)), ...step.ask.map((question) => t(question.label))]).join('\n'),
    },
    {
      slug: 'hvem-gjor-hva',
      title: t('who.title'),
      summary: t('who.summary'),
      area: 'planlegge-og-bestemme',
      aliases: t('who.aliases').split('|'),
      body: [t('who.intro'), t('who.notDecision'), ...TASKS.map((task) => t(taskLabel(task))), t('who.expectUser'), t('who.expectKommune'), t('who.reviewHint')].join('\n'),
    },
  ];
}
