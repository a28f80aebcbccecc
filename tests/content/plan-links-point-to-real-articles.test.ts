import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAN_ARTICLES, PLAN_STEPS } from '../../src/core/planning/min-plan.ts';
import { TASKS, taskLabel } from '../../src/core/planning/who-does-what.ts';
import { t } from '../../src/core/text/t.ts';

describe('the planning tools and the book', () => {
  it('links each step of Min plan only to articles that exist', () => {
    const missing = [...PLAN_ARTICLES].filter((slug) => !existsSync(`content/articles/${slug}.mdx`));
    expect(missing).toEqual([]);
  });

  it('has a text in the catalogue for every question, step and task', () => {
    const keys = [
      ...PLAN_STEPS.flatMap((step) => [
        step.title,
        step.lead,
        ...step.questions.map((question) => question.label),
        ...step.ask.map((question) => question.label),
      ]),
      ...TASKS.map(taskLabel),
    ];
    expect(keys.filter((key) => t(key) === undefined || t(key) === '')).toEqual([]);
  });

  it('gives every question a field name of its own', () => {
    const ids = PLAN_STEPS.flatMap((step) => [...step.questions, ...step.ask].map((question) => question.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
