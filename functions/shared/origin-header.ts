/**
 * Contract with the CDK app: the request header in which CloudFront sends the origin secret
 * that every function checks (origin-secret.ts).
 */
export const ORIGIN_SECRET_HEADER = 'x-origin-verify';
