import { passwordPolicy } from "@slotbook/contract/password-policy";
import { createSignal, Match, Switch } from "solid-js";
import { confirmEmail, register, resendCode } from "../../api/account";
import { ApiError, fieldError } from "../../api/errors";
import { signInWithPassword } from "../../auth/session";
import type { SessionUser } from "../../auth/id-token";
import Field from "../../components/Field";
import FormError from "../../components/FormError";
import { createSubmit } from "../../lib/submit";
import { t } from "../../i18n/t";

export const passwordHint = () => t("At least 8 characters, with a lowercase letter, an uppercase letter and a digit.");

/**
 * Sign-up in two steps: the details, then the code from the confirmation email. After the code, the new
 * fan is signed in straight away with the password they just chose (kept in memory only for that).
 */
export default function SignUpForm(props: { onSignedIn: (user: SessionUser) => void }) {
  const [step, setStep] = createSignal<"details" | "code">("details");
  const [name, setName] = createSignal("");
  const [email, setEmail] = createSignal("");
  const [password, setPassword] = createSignal("");
  const [phone, setPhone] = createSignal("");
  const [code, setCode] = createSignal("");
  const [notice, setNotice] = createSignal("");

  const details = createSubmit(async () => {
    try {
      await register({ name: name().trim(), email: email().trim(), password: password(), ...(phone().trim() ? { phone: phone().trim() } : {}) });
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === "EMAIL_TAKEN") throw new Error(t("An account already uses this email. Sign in instead."));
      throw caught;
    }
    setStep("code");
  });
  const confirm = createSubmit(async () => {
    await confirmEmail(email().trim(), code().trim());
    const user = await signInWithPassword(email().trim(), password());
    setPassword("");
    props.onSignedIn(user);
  });
  const resend = createSubmit(async () => {
    await resendCode(email().trim());
    setNotice(t("A new code is on its way to {{email}}.", { email: email().trim() }));
  });

  return (
    <Switch>
      <Match when={step() === "details"}>
        <form class="stack" onSubmit={details.submit} aria-label={t("Create an account")}>
          <Field label={t("Your name")} name="name" autocomplete="name" required value={name()} onInput={(e) => setName(e.currentTarget.value)} error={fieldError(details.error(), "name")} />
          <Field label={t("Email")} type="email" name="email" autocomplete="email" required value={email()} onInput={(e) => setEmail(e.currentTarget.value)} error={fieldError(details.error(), "email")} />
          <Field
            label={t("Password")}
            type="password"
            name="new-password"
            autocomplete="new-password"
            required
            minLength={passwordPolicy.minLength}
            hint={passwordHint()}
            value={password()}
            onInput={(e) => setPassword(e.currentTarget.value)}
            error={fieldError(details.error(), "password")}
          />
          <Field
            label={t("Phone (optional)")}
            type="tel"
            name="phone"
            autocomplete="tel"
            hint={t("International format, e.g. +4915112345678.")}
            value={phone()}
            onInput={(e) => setPhone(e.currentTarget.value)}
            error={fieldError(details.error(), "phone")}
          />
          <FormError error={details.error()} />
          <button type="submit" disabled={details.busy()}>
            {details.busy() ? t("Creating your account…") : t("Create account")}
          </button>
        </form>
      </Match>
      <Match when={step() === "code"}>
        <form class="stack" onSubmit={confirm.submit} aria-label={t("Confirm your email")}>
          <p role="status">{t("We've emailed a code to {{email}}. Enter it to finish creating your account.", { email: email().trim() })}</p>
          <Field
            label={t("Code from the email")}
            name="code"
            inputmode="numeric"
            autocomplete="one-time-code"
            required
            value={code()}
            onInput={(e) => setCode(e.currentTarget.value)}
            error={fieldError(confirm.error(), "code")}
            ref={(input: HTMLInputElement) => queueMicrotask(() => input.focus())}
          />
          <FormError error={confirm.error() ?? resend.error()} />
          <p class="hint" aria-live="polite">
            {notice()}
          </p>
          <div class="actions">
            <button type="submit" disabled={confirm.busy()}>
              {confirm.busy() ? t("Confirming…") : t("Confirm and sign in")}
            </button>
            <button type="button" class="button-secondary" onClick={() => void resend.submit()} disabled={resend.busy()}>
              {t("Send a new code")}
            </button>
          </div>
        </form>
      </Match>
    </Switch>
  );
}
