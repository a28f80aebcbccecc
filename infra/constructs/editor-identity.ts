import { CfnOutput, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  OAuthScope,
  UserPool,
  UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
  UserPoolGroup,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import type { EditorAuthConfig } from '../../src/core/schemas/editor-auth.ts';
import { t } from '../../src/core/text/t.ts';
import type { ExternalIdentity } from '../config.ts';
import { editorGroups, NATIONAL_GROUP_SUFFIX } from '../../functions/shared/editor-roles.ts';
import type { EditorTokens } from './http-api.ts';

/** Where editors sign in: the stack's own Cognito pool or the kommune's OIDC provider. */
export interface EditorSignIn {
  /** Origin the editors' page calls to exchange its code for tokens (CSP connect-src). */
  readonly origin: string;
  /**
   * Sign-in for the moderation page served at `siteOrigin`, and in a book for each kommune's own
   * editors' page (`kommunePages`, full addresses): each is a page the sign-in may return to.
   */
  connect(siteOrigin: string, kommunePages?: readonly string[]): EditorSignInSettings;
}

export interface EditorSignInSettings {
  /** What the API accepts. */
  readonly tokens: EditorTokens;
  /**
   * /redaksjon/config.json as known only after deploy, replacing the build's; undefined keeps
   * the build's own (EDITOR_AUTH_* at build time, see src/schemas/editor-auth.ts).
   */
  readonly pageConfig: EditorAuthConfig | undefined;
  /** The same for a kommune's own editors' page in a book (one of `kommunePages`): signing out returns there. */
  readonly kommunePageConfig: (page: string) => EditorAuthConfig | undefined;
}

/** What the group is for, as an administrator reads it in the Cognito console. */
function groupDescription(kommune: string | undefined, inBook: boolean): string {
  if (!inBook) return 'Redaktører som kan behandle forslag';
  return kommune
    ? `Redaktører for ${kommune}: forslag, råd, fakta og bestillinger`
    : 'Redaktører for hele boka: artiklene og alle kommunene';
}

/** A provider the kommune runs itself (Entra ID, ID-porten …): nothing to create here. */
export function externalSignIn(settings: ExternalIdentity): EditorSignIn {
  return {
    origin: new URL(settings.issuer).origin,
    connect: () => ({ tokens: settings, pageConfig: undefined, kommunePageConfig: () => undefined }),
  };
}

export interface EditorIdentityProps {
  /** Globally unique (per region) prefix of the hosted sign-in page's domain. */
  readonly domainPrefix: string;
  /** The group whose members may moderate (EDITOR_GROUP in the functions); in a book the stem of its groups. */
  readonly editorGroup: string;
  /** A book's kommuner: one group per kommune and the national group instead of the one group (functions/shared/editor-roles.ts). */
  readonly bookKommuner?: readonly string[];
  /**
   * "required" makes the hosted page ask every editor to set up an authenticator app at the
   * first sign-in; with "optional" it never offers the set-up, so only the API can enrol one.
   */
  readonly mfa: 'optional' | 'required';
}

/**
 * Cognito user pool for the municipality's editors: invitation only (an administrator creates
 * each user), strong passwords, an authenticator app (TOTP) as second factor, and an `editors`
 * group the API checks. The moderation page signs in through the hosted UI with the
 * authorization code flow and PKCE.
 */
export class EditorIdentity extends Construct implements EditorSignIn {
  readonly userPool: UserPool;
  readonly domain: UserPoolDomain;
  /** The OIDC issuer (`iss` claim) of the pool's tokens. */
  readonly issuer: string;
  readonly jwksUrl: string;

  constructor(scope: Construct, id: string, props: EditorIdentityProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Editors', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        passwordHistorySize: 5,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: props.mfa === 'required' ? Mfa.REQUIRED : Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.ESSENTIALS,
      userInvitation: {
        emailSubject: t('editors.invite.subject'),
        // Cognito fills {username} and {####}; t() leaves placeholders it has no value for.
        emailBody: t('editors.invite.body'),
      },
      // Editor accounts outlive a torn-down stack, like the data they moderate.
      removalPolicy: RemovalPolicy.RETAIN,
      deletionProtection: true,
    });
    const kommuner = props.bookKommuner ?? [];
    for (const [index, groupName] of editorGroups(props.editorGroup, kommuner).entries()) {
      const kommune = kommuner[index];
      // A kommune on its own keeps its group's construct id, so a deploy never replaces the group its editors are in.
      const id = kommuner.length === 0 ? 'EditorsGroup' : `EditorsGroup-${kommune ?? NATIONAL_GROUP_SUFFIX}`;
      new UserPoolGroup(this, id, { userPool: this.userPool, groupName, description: groupDescription(kommune, kommuner.length > 0) });
    }
    this.domain = this.userPool.addDomain('SignIn', { cognitoDomain: { domainPrefix: props.domainPrefix } });
    const stack = Stack.of(this);
    this.issuer = `https://cognito-idp.${stack.region}.${stack.urlSuffix}/${this.userPool.userPoolId}`;
    this.jwksUrl = `${this.issuer}/.well-known/jwks.json`;
  }

  /** Origin of the hosted sign-in and token endpoints, which the editors' page calls. */
  get origin(): string {
    return this.domain.baseUrl();
  }

  /**
   * Creates the public client of the moderation page. It comes after the site, because its
   * redirect address is the site's own origin, which without a custom domain is CloudFront's.
   */
  connect(siteOrigin: string, kommunePages: readonly string[] = []): EditorSignInSettings {
    const page = `${siteOrigin}/redaksjon/`;
    const client = this.moderationClient([page, ...kommunePages]);
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: client.userPoolClientId });
    new CfnOutput(this, 'SignInDomain', { value: this.origin });
    const clientId = client.userPoolClientId;
    const pageConfig = (at: string): EditorAuthConfig => ({
      provider: 'oidc',
      issuer: this.issuer,
      authorizeUrl: `${this.origin}/oauth2/authorize`,
      tokenUrl: `${this.origin}/oauth2/token`,
      clientId,
      scope: 'openid email profile',
      // Left unencoded: without a custom domain the address is a deploy-time token.
      logoutUrl: `${this.origin}/logout?client_id=${clientId}&logout_uri=${at}`,
    });
    return {
      tokens: { issuer: this.issuer, audience: clientId, jwksUrl: this.jwksUrl },
      pageConfig: pageConfig(page),
      kommunePageConfig: pageConfig,
    };
  }

  /** The editors' pages' client: each page the sign-in returns to is one of its callbacks (Cognito takes at most 100). */
  private moderationClient(pages: readonly string[]): UserPoolClient {
    return this.userPool.addClient('ModerationPage', {
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [...pages],
        logoutUrls: [...pages],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      // One working day: an editor signs in once in the morning.
      refreshTokenValidity: Duration.hours(10),
    });
  }
}
