/** The Cognito groups that are the product's roles. Self-registration only ever makes fans. */
export const roles = ["admin", "fan"] as const;
export type Role = (typeof roles)[number];

export const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value);
