import { describe, expect, it } from 'vitest';
import { resolveInfraConfig, settingReader } from '../../infra/config.ts';

const settings = (context: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
  resolveInfraConfig(
    settingReader((key) => context[key], env),
    env,
  );

const CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-aaaa-bbbb-cccc-0123456789ab';

describe('deployment settings', () => {
  it('default to the prod stage on CloudFront’s own domain, with Cognito for editors', () => {
    const config = settings({ deploySite: 'false' });
    expect(config.stage).toBe('prod');
    expect(config.stackName).toBe('AlderdommensAbc-jevnaker-prod');
    expect(config.domainName).toBeUndefined();
    expect(config.externalIdentity).toBeUndefined();
    expect(config.editorMfa).toBe('optional');
  });

  it('are read from environment variables when not given as context', () => {
    const config = settings({ deploySite: 'false' }, { STAGE: 'test', ALARM_EMAIL: 'drift@example.no', SUGGESTION_RATE_LIMIT: '0' });
    expect(config.stage).toBe('test');
    expect(config.alarmEmail).toBe('drift@example.no');
    expect(config.functionSettings).toEqual({ SUGGESTION_RATE_LIMIT: '0' });
  });

  it('ask for alarmEmail when the municipality config has no e-mail address to fall back on', () => {
    const levanger = { deploySite: 'false', municipalityConfig: 'content/municipalities/levanger.json' };
    expect(() => settings(levanger)).toThrow(/alarmEmail is not set and .*levanger\.json has no email/);
    expect(settings({ ...levanger, alarmEmail: 'drift@example.no' }).alarmEmail).toBe('drift@example.no');
  });

  it("take the custom domain from the municipality's siteUrl once a certificate is given", () => {
    expect(settings({ deploySite: 'false', certificateArn: CERTIFICATE }).domainName).toBe('abc.jevnaker.kommune.no');
  });

  it('refuse a certificate outside us-east-1 and a domain without a certificate', () => {
    expect(() => settings({ certificateArn: CERTIFICATE.replace('us-east-1', 'eu-north-1') })).toThrow(/us-east-1/);
    expect(() => settings({ domainName: 'abc.example.no' })).toThrow(/needs certificateArn/);
  });

  it('take an external OpenID Connect provider only with both issuer and audience', () => {
    expect(() => settings({ jwtIssuer: 'https://login.example.no' })).toThrow(/go together/);
    const config = settings({ deploySite: 'false', jwtIssuer: 'https://login.example.no/tenant/v2.0', jwtAudience: 'abc-client' });
    expect(config.externalIdentity).toEqual({
      issuer: 'https://login.example.no/tenant/v2.0',
      audience: 'abc-client',
      jwksUrl: 'https://login.example.no/tenant/v2.0/.well-known/jwks.json',
    });
  });

  it('warn when the data would leave the EU/EEA', () => {
    expect(settings({ deploySite: 'false' }, { CDK_DEFAULT_REGION: 'us-east-1' }).warnings).toContainEqual(
      expect.stringContaining('outside the EU/EEA'),
    );
    const config = settings({ deploySite: 'false' }, { CDK_DEFAULT_REGION: 'us-east-1', AWS_REGION: 'eu-north-1' });
    expect(config.region).toBe('eu-north-1');
    expect(config.warnings.filter((warning) => warning.includes('EU/EEA'))).toEqual([]);
  });

  it('name every problem at once', () => {
    expect(() => settings({ stage: 'Prod!', logRetentionDays: '10', editorMfa: 'sometimes' })).toThrow(
      /stage "Prod!"[\s\S]*editorMfa[\s\S]*logRetentionDays/,
    );
  });
});
