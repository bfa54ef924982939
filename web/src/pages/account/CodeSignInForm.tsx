import { createSignal, Match, Switch } from "solid-js";
import { requestSignInCode } from "../../api/account";
import { ApiError, fieldError } from "../../api/errors";
import { signInWithCode } from "../../auth/session";
import type { SessionUser } from "../../auth/id-token";
import Field from "../../components/Field";
import FormError from "../../components/FormError";
import { createSubmit } from "../../lib/submit";
import { t } from "../../i18n/t";

const tooMany = () => new Error(t("Too many codes or tries for this email. Wait a few minutes, then ask for a new code."));

/**
 * "Email me a code": an email (and a name, for someone new), then the 6-digit code from the email; a new
 * email becomes a fan account. No password to make up or remember, which suits a phone.
 */
export default function CodeSignInForm(props: { onSignedIn: (user: SessionUser) => void; signInLabel?: string }) {
  const [step, setStep] = createSignal<"email" | "code">("email");
  const [email, setEmail] = createSignal("");
  const [name, setName] = createSignal("");
  const [code, setCode] = createSignal("");
  const [notice, setNotice] = createSignal("");

  const ask = async () => {
    try {
      await requestSignInCode(email().trim(), name().trim() || undefined);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 429) throw tooMany();
      throw caught;
    }
  };
  const send = createSubmit(async () => {
    await ask();
    setStep("code");
  });
  const resend = createSubmit(async () => {
    await ask();
    setCode("");
    setNotice(t("A new code is on its way to {{email}}. Only the newest one works.", { email: email().trim() }));
  });
  const verify = createSubmit(async () => {
    try {
      props.onSignedIn(await signInWithCode(email().trim(), code().trim()));
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 401) throw new Error(t("That code is wrong or has expired. Check the newest email, or send a new code."));
      if (caught instanceof ApiError && caught.status === 429) throw tooMany();
      throw caught;
    }
  });

  return (
    <Switch>
      <Match when={step() === "email"}>
        <form class="stack" onSubmit={send.submit} aria-label={t("Sign in with a code")}>
          <Field label={t("Email")} type="email" name="email" autocomplete="email" required value={email()} onInput={(e) => setEmail(e.currentTarget.value)} error={fieldError(send.error(), "email")} />
          <Field
            label={t("Your name (if you're new here)")}
            name="name"
            autocomplete="name"
            value={name()}
            onInput={(e) => setName(e.currentTarget.value)}
            error={fieldError(send.error(), "name")}
          />
          <FormError error={send.error()} />
          <button type="submit" disabled={send.busy()}>
            {send.busy() ? t("Sending…") : t("Email me a code")}
          </button>
        </form>
      </Match>
      <Match when={step() === "code"}>
        <form class="stack" onSubmit={verify.submit} aria-label={t("Enter your sign-in code")}>
          <p role="status">{t("We've emailed a 6-digit code to {{email}}. It works once, for 10 minutes.", { email: email().trim() })}</p>
          <Field
            label={t("Code from the email")}
            name="code"
            inputmode="numeric"
            autocomplete="one-time-code"
            pattern="[0-9]{6}"
            maxLength={6}
            required
            value={code()}
            onInput={(e) => setCode(e.currentTarget.value)}
            error={fieldError(verify.error(), "code")}
            ref={(input: HTMLInputElement) => queueMicrotask(() => input.focus())}
          />
          <FormError error={verify.error() ?? resend.error()} />
          <p class="hint" aria-live="polite">
            {notice()}
          </p>
          <div class="actions">
            <button type="submit" disabled={verify.busy()}>
              {verify.busy() ? t("Signing in…") : (props.signInLabel ?? t("Sign in"))}
            </button>
            <button type="button" class="button-secondary" onClick={() => void resend.submit()} disabled={resend.busy()}>
              {t("Send a new code")}
            </button>
          </div>
          <button type="button" class="link-button" onClick={() => (setStep("email"), setCode(""), setNotice(""))}>
            {t("Use another email")}
          </button>
        </form>
      </Match>
    </Switch>
  );
}
