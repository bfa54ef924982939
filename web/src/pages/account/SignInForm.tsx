import { createSignal } from "solid-js";
import { ApiError } from "../../api/errors";
import { signInWithPassword } from "../../auth/session";
import type { SessionUser } from "../../auth/id-token";
import Field from "../../components/Field";
import FormError from "../../components/FormError";
import { createSubmit } from "../../lib/submit";
import { t } from "../../i18n/t";

/** Email and password sign-in; used on its own page and inline on an event page. */
export default function SignInForm(props: { onSignedIn: (user: SessionUser) => void }) {
  const [email, setEmail] = createSignal("");
  const [password, setPassword] = createSignal("");
  const { busy, error, submit } = createSubmit(async () => {
    try {
      props.onSignedIn(await signInWithPassword(email().trim(), password()));
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 401) throw new Error(t("That email and password don't match an account."));
      throw caught;
    }
  });
  return (
    <form class="stack" onSubmit={submit} aria-label={t("Sign in")}>
      <Field label={t("Email")} type="email" name="email" autocomplete="email" required value={email()} onInput={(e) => setEmail(e.currentTarget.value)} />
      <Field
        label={t("Password")}
        type="password"
        name="password"
        autocomplete="current-password"
        required
        value={password()}
        onInput={(e) => setPassword(e.currentTarget.value)}
      />
      <FormError error={error()} />
      <div class="actions">
        <button type="submit" disabled={busy()}>
          {busy() ? t("Signing in…") : t("Sign in")}
        </button>
        <a href="/forgot-password">{t("Forgot your password?")}</a>
      </div>
    </form>
  );
}
