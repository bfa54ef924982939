/**
 * Build-time settings. In AWS these are `{{ VITE_X }}` placeholders that the upload replaces in the built
 * files, so they are only ever read at run time, never parsed or checked here.
 */
const env = import.meta.env;

/**
 * The API's base URL (no trailing slash). Empty: the site's own origin, which serves the API under /api
 * (CloudFront in AWS, the dev and preview servers' proxy locally). Set only to point a build elsewhere.
 */
export const apiUrl: string = env.VITE_API_URL ?? "";
/** The hosted UI's base URL: Cognito's domain in AWS, cognito-local's address locally. */
export const cognitoUrl: string = env.VITE_COGNITO_URL ?? "";
export const userPoolClientId: string = env.VITE_USER_POOL_CLIENT_ID ?? "";
