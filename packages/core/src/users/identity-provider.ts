import type { Locale } from "./locale";
import type { Role } from "@slotbook/contract";

export interface NewAccount {
  email: string;
  password: string;
  name: string;
  phone?: string;
  /** The language of the account's emails (the directory's `locale` attribute); missing: English. */
  locale?: Locale;
}

export interface AccountRecord {
  id: string;
  username: string;
  email: string;
  name: string;
  phone: string | null;
  /** The language of the account's emails and texts (missing: English, as on accounts from before locales). */
  locale?: Locale;
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
  updateAttributes(username: string, changes: { name?: string; phone?: string | null; locale?: Locale }): Promise<void>;
  changePassword(accessToken: string, currentPassword: string, newPassword: string): Promise<void>;
  forgotPassword(email: string): Promise<void>;
  confirmForgotPassword(email: string, code: string, newPassword: string): Promise<void>;
  /** An already-confirmed user with a permanent password, for admins (never self-registered). */
  createConfirmedUser(account: NewAccount): Promise<{ id: string; username: string; created: boolean }>;
  /** The account's roles (its groups), or undefined when no account has this email. */
  rolesOf(username: string): Promise<Role[] | undefined>;
  /**
   * A confirmed account with a verified email for someone who proved the address with a one-time code, with
   * a random password nobody knows (they may set one through "forgot password"). `created: false` when an
   * account with the email exists already.
   */
  createPasswordlessAccount(account: { email: string; name: string; locale?: Locale }): Promise<{ id: string; created: boolean }>;
  /**
   * Signs in through the user pool's custom challenge (CUSTOM_AUTH), answering with a code the API has just
   * proved; the pool's verify trigger checks that proof. An unconfirmed account is confirmed first: the code
   * proved its email.
   */
  signInWithCode(email: string, code: string): Promise<SignedIn>;
}
