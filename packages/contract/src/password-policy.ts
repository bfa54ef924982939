/**
 * The user pool's password policy. The Auth stack configures Cognito with it and the API's zod rule checks
 * it (cognito-local does not enforce policies), so a weak password gets the same answer everywhere.
 */
export const passwordPolicy = {
  minLength: 8,
  requireLowercase: true,
  requireUppercase: true,
  requireDigits: true,
  requireSymbols: false,
} as const;
