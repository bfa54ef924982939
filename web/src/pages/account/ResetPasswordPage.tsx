import { useLocation } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { resetPassword } from "../../api/account";
import { fieldError } from "../../api/errors";
import Field from "../../components/Field";
import FormError from "../../components/FormError";
import PageHeading from "../../components/PageHeading";
import { createSubmit } from "../../lib/submit";
import { passwordHint } from "./SignUpForm";
import { t } from "../../i18n/t";
import LinkedText from "../../components/LinkedText";

export default function ResetPasswordPage() {
  const location = useLocation<{ email?: string }>();
  const [email, setEmail] = createSignal(location.state?.email ?? "");
  const [code, setCode] = createSignal("");
  const [password, setPassword] = createSignal("");
  const [done, setDone] = createSignal(false);
  const { busy, error, submit } = createSubmit(async () => {
    await resetPassword(email().trim(), code().trim(), password());
    setDone(true);
  });
  return (
    <section class="narrow">
      <PageHeading title={t("Choose a new password")}>{t("Choose a new password")}</PageHeading>
      <Show
        when={!done()}
        fallback={
          <p role="status">
            <LinkedText text={t("Your password is changed. <a>Sign in with it now</a>.")} hrefs={["/signin"]} />
          </p>
        }
      >
        <p>{t("If that email has an account, a code is on its way. Enter it with your new password.")}</p>
        <form class="stack" onSubmit={submit} aria-label={t("Reset your password")}>
          <Field label={t("Email")} type="email" autocomplete="email" required value={email()} onInput={(e) => setEmail(e.currentTarget.value)} />
          <Field label={t("Code from the email")} inputmode="numeric" autocomplete="one-time-code" required value={code()} onInput={(e) => setCode(e.currentTarget.value)} error={fieldError(error(), "code")} />
          <Field
            label={t("New password")}
            type="password"
            autocomplete="new-password"
            required
            hint={passwordHint()}
            value={password()}
            onInput={(e) => setPassword(e.currentTarget.value)}
            error={fieldError(error(), "newPassword")}
          />
          <FormError error={error()} />
          <button type="submit" disabled={busy()}>
            {busy() ? t("Saving…") : t("Set new password")}
          </button>
        </form>
      </Show>
    </section>
  );
}
