import type { Role } from "./roles";

export interface NewAccount {
  email: string;
  password: string;
  name: string;
  phone?: string;
}

export interface AccountRecord {
  id: string;
  username: string;
  email: string;
  name: string;
  phone: string | null;
  createdAt: string;
  confirmed: boolean;
}

export interface SignedIn {
  accessToken: string;
  idToken: string;
  refreshToken: string;
  expiresIn: number;
  /** From the id token's verified-by-issuer claims. */
  id: string;
  email: string;
  name: string;
  roles: Role[];
}

/**
 * The port to the user directory (Cognito in AWS, cognito-local here). The adapter maps the directory's own
 * errors to DomainErrors, so the domain never sees an AWS exception.
 */
export interface IdentityProvider {
  signUp(account: NewAccount): Promise<{ id: string; username: string }>;
  deleteUser(username: string): Promise<void>;
  addToGroup(username: string, role: Role): Promise<void>;
  confirmSignUp(email: string, code: string): Promise<void>;
  resendConfirmation(email: string): Promise<void>;
  signIn(email: string, password: string): Promise<SignedIn>;
  refresh(refreshToken: string): Promise<Omit<SignedIn, "refreshToken">>;
  revoke(refreshToken: string): Promise<void>;
  getUser(username: string): Promise<AccountRecord>;
  groupsOf(username: string): Promise<Role[]>;
  updateAttributes(username: string, changes: { name?: string; phone?: string | null }): Promise<void>;
  changePassword(accessToken: string, currentPassword: string, newPassword: string): Promise<void>;
  forgotPassword(email: string): Promise<void>;
  confirmForgotPassword(email: string, code: string, newPassword: string): Promise<void>;
  /** An already-confirmed user with a permanent password, for admins (never self-registered). */
  createConfirmedUser(account: NewAccount): Promise<{ id: string; username: string; created: boolean }>;
}
