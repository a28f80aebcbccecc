/**
 * CodeBuild's events as publication build reports. The build's BUILD phase ends with the web
 * pages synced to the bucket: its success means readers have them. The build's end means the book
 * is printed (SUCCEEDED), or – when it failed – either nothing changed for readers (the BUILD phase
 * never succeeded) or only the print failed. The build is found by PUBLICATION_BUILD_ID among its
 * environment variables; events of builds started some other way are not ours. In a book of several
 * kommuner each kommune's build carries its kommune and attempt there too (the fan-out sets them),
 * and the fan-out reports a kommune whose last attempt failed in an event of its own. No AWS SDK here.
 */
import * as z from 'zod/mini';
import { publishingText } from '../../src/core/text/publishing.ts';
import { BUILD_ID_VARIABLE } from '../shared/build-service/codebuild.ts';
import type { BuildReport, KommuneReport } from '../shared/publishing/publications.ts';
import { BUILD_VARIABLES, FAN_OUT_SOURCE } from '../../src/core/publishing/build-variables.ts';

const phaseSchema = z.object({ 'phase-type': z.optional(z.string()), 'phase-status': z.optional(z.string()) });

/** The parts of "CodeBuild Build State Change" and "CodeBuild Build Phase Change" events this reads. */
export const codeBuildEventSchema = z.object({
  'detail-type': z.string(),
  source: z.literal('aws.codebuild'),
  detail: z.object({
    'build-status': z.optional(z.string()),
    'completed-phase': z.optional(z.string()),
    'completed-phase-status': z.optional(z.string()),
    'additional-information': z.optional(
      z.object({
        environment: z.optional(
          z.object({ 'environment-variables': z.optional(z.array(z.object({ name: z.string(), value: z.optional(z.string()) }))) }),
        ),
        phases: z.optional(z.array(phaseSchema)),
      }),
    ),
  }),
});

export type CodeBuildEvent = z.infer<typeof codeBuildEventSchema>;

const FAILED = new Set(['FAILED', 'FAULT', 'STOPPED', 'TIMED_OUT']);

const failedBecause = (reason: string) => publishingText('publish.failedBecause', { reason });

/** What an event reports: of which publication build and, in a book of several kommuner, of which kommune and attempt. */
export type ReportedBuild = { buildId: string; report: BuildReport; kommune?: KommuneReport };

/** The fan-out's report that a kommune's last attempt failed (infra/constructs/kommune-fan-out.ts, its Catch). */
export const fanOutFailureSchema = z.object({
  source: z.literal(FAN_OUT_SOURCE),
  buildId: z.string().check(z.minLength(1)),
  kommune: z.string().check(z.minLength(1)),
  attempts: z.number(),
  cause: z.optional(z.string()),
});

/** The publication build and what it reports, or undefined for an event that reports nothing (or not about ours). */
export function reportOf(event: unknown): ReportedBuild | undefined {
  const failure = fanOutFailureSchema.safeParse(event);
  if (failure.success) {
    const { buildId, kommune, attempts } = failure.data;
    return {
      buildId,
      report: { kind: 'failed', message: failedBecause(publishingText('publish.reasonBuild')) },
      kommune: { id: kommune, attempt: attempts },
    };
  }
  const reported = codeBuildReportOf(event);
  if (!reported) return undefined;
  const variables = codeBuildEventSchema.parse(event).detail['additional-information']?.environment?.['environment-variables'] ?? [];
  const kommune = variables.find((variable) => variable.name === BUILD_VARIABLES.kommune)?.value;
  const attempt = Number(variables.find((variable) => variable.name === BUILD_VARIABLES.attempt)?.value ?? '1');
  return kommune ? { ...reported, kommune: { id: kommune, attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1 } } : reported;
}

function codeBuildReportOf(event: unknown): { buildId: string; report: BuildReport } | undefined {
  const parsed = codeBuildEventSchema.safeParse(event);
  if (!parsed.success) return undefined;
  const { detail } = parsed.data;
  const info = detail['additional-information'];
  const buildId = info?.environment?.['environment-variables']?.find((variable) => variable.name === BUILD_ID_VARIABLE)?.value;
  if (!buildId) return undefined;

  if (parsed.data['detail-type'] === 'CodeBuild Build Phase Change') {
    const siteSynced = detail['completed-phase'] === 'BUILD' && detail['completed-phase-status'] === 'SUCCEEDED';
    return siteSynced ? { buildId, report: { kind: 'site-live' } } : undefined;
  }
  const status = detail['build-status'] ?? '';
  if (status === 'SUCCEEDED') return { buildId, report: { kind: 'printed' } };
  if (!FAILED.has(status)) return undefined;
  const siteLive = (info?.phases ?? []).some((phase) => phase['phase-type'] === 'BUILD' && phase['phase-status'] === 'SUCCEEDED');
  if (siteLive) return { buildId, report: { kind: 'print-failed', message: publishingText('publish.reasonPrint') } };
  const failedPhase = (info?.phases ?? []).find((phase) => FAILED.has(phase['phase-status'] ?? ''))?.['phase-type'];
  const reason =
    status === 'TIMED_OUT'
      ? publishingText('publish.reasonTimeout')
      : failedPhase === 'BUILD' || failedPhase === 'PRE_BUILD'
        ? publishingText('publish.reasonBuild')
        : publishingText('publish.reasonOther');
  return { buildId, report: { kind: 'failed', message: failedBecause(reason) } };
}
