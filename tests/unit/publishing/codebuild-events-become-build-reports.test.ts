import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportOf } from '../../../functions/publishing/build-events.ts';

const event = (name: string): unknown => JSON.parse(readFileSync(`tests/fixtures/codebuild-events/${name}.json`, 'utf8'));
const BUILD_ID = '5b1f0c3e-2d4a-4b8e-9f6a-1c2d3e4f5a6b';

describe('CodeBuild events as build reports', () => {
  it('the BUILD phase succeeding means the web pages are synced: live', () => {
    expect(reportOf(event('phase-change-build-succeeded'))).toEqual({ buildId: BUILD_ID, report: { kind: 'site-live' } });
  });

  it('other phases report nothing', () => {
    expect(reportOf(event('phase-change-install-succeeded'))).toBeUndefined();
  });

  it('a build that succeeded has printed the book', () => {
    expect(reportOf(event('state-change-succeeded'))).toEqual({ buildId: BUILD_ID, report: { kind: 'printed' } });
  });

  it('a build that failed after its BUILD phase succeeded failed only to print: the web pages stay live', () => {
    expect(reportOf(event('state-change-failed-in-post-build'))).toEqual({
      buildId: BUILD_ID,
      report: { kind: 'print-failed', message: 'utskriften av boka feilet' },
    });
  });

  it('a build that failed before changed nothing for readers, and says why in Norwegian', () => {
    expect(reportOf(event('state-change-failed-in-build'))).toEqual({
      buildId: BUILD_ID,
      report: {
        kind: 'failed',
        message: 'Publiseringen feilet fordi nettsidene kunne ikke bygges eller lastes opp. Nettstedet er uendret.',
      },
    });
    expect(reportOf(event('state-change-timed-out'))).toMatchObject({
      report: { kind: 'failed', message: expect.stringContaining('for lang tid') },
    });
  });

  it('ignores builds started without a publication build id, and anything that is not a CodeBuild event', () => {
    expect(reportOf(event('state-change-of-a-build-started-by-hand'))).toBeUndefined();
    expect(reportOf({ source: 'aws.s3', 'detail-type': 'Object Created', detail: {} })).toBeUndefined();
    expect(reportOf(undefined)).toBeUndefined();
  });

  it('in a book of several kommuner, names the kommune and the attempt the fan-out gave the build', () => {
    const withKommune = event('phase-change-build-succeeded') as {
      detail: { 'additional-information': { environment: { 'environment-variables': unknown[] } } };
    };
    withKommune.detail['additional-information'].environment['environment-variables'].push(
      { name: 'BOOK_KOMMUNE', value: 'verdal', type: 'PLAINTEXT' },
      { name: 'PUBLICATION_ATTEMPT', value: '2', type: 'PLAINTEXT' },
    );
    expect(reportOf(withKommune)).toEqual({ buildId: BUILD_ID, report: { kind: 'site-live' }, kommune: { id: 'verdal', attempt: 2 } });
  });

  it('takes the fan-out’s report that a kommune’s last attempt failed as that kommune failed', () => {
    expect(
      reportOf({ source: 'alderdommens-abc.fan-out', buildId: BUILD_ID, kommune: 'levanger', attempts: 2, cause: 'Build failed' }),
    ).toEqual({
      buildId: BUILD_ID,
      report: {
        kind: 'failed',
        message: 'Publiseringen feilet fordi nettsidene kunne ikke bygges eller lastes opp. Nettstedet er uendret.',
      },
      kommune: { id: 'levanger', attempt: 2 },
    });
  });
});
