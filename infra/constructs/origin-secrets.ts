import { RemovalPolicy } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export interface OriginSecretsProps {
  /** Raising it by one rotates the secret (infra/config.ts `originSecretGeneration`). */
  readonly generation: number;
}

/**
 * The secret CloudFront sends to the API and the functions check, so the API's execute-api
 * address answers nobody who bypasses CloudFront (and its rate-limit address header). One
 * Secrets Manager secret per generation: a new generation gets a new logical id and so a new
 * value, and the previous generation stays accepted by the functions while CloudFront's edges
 * take up the new one.
 */
export class OriginSecrets extends Construct {
  /** The value CloudFront sends. */
  readonly current: string;
  /** ORIGIN_SECRET and, after a rotation, ORIGIN_SECRET_PREVIOUS for the functions. */
  readonly functionEnvironment: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: OriginSecretsProps) {
    super(scope, id);
    const secret = (generation: number) =>
      new Secret(this, `Generation${generation}`, {
        description: `Alderdommens ABC: secret header from CloudFront to the API, generation ${generation}`,
        generateSecretString: { passwordLength: 48, excludePunctuation: true },
        removalPolicy: RemovalPolicy.DESTROY,
      }).secretValue.unsafeUnwrap();
    this.current = secret(props.generation);
    this.functionEnvironment = {
      ORIGIN_SECRET: this.current,
      ...(props.generation > 1 ? { ORIGIN_SECRET_PREVIOUS: secret(props.generation - 1) } : {}),
    };
  }
}
