import { useNavigate } from "@solidjs/router";
import { createSignal } from "solid-js";
import { forgotPassword } from "../../api/account";
import Field from "../../components/Field";
import FormError from "../../components/FormError";
import PageHeading from "../../components/PageHeading";
import { createSubmit } from "../../lib/submit";
import { t } from "../../i18n/t";

/** Asks for a reset code; the answer is the same whether or not the email has an account. */
export default function ForgotPasswordPage() {
  const navigate = useNavigate();
  const [email, setEmail] = createSignal("");
  const { busy, error, submit } = createSubmit(async () => {
    await forgotPassword(email().trim());
    // The email travels in navigation state, not in the URL.
    navigate("/reset-password", { state: { email: email().trim() } });
  });
  return (
    <section class="narrow">
      <PageHeading title={t("Forgot your password?")}>{t("Forgot your password?")}</PageHeading>
      <p>{t("Enter your email and we'll send you a code to choose a new password.")}</p>
      <form class="stack" onSubmit={submit} aria-label={t("Request a reset code")}>
        <Field label={t("Email")} type="email" autocomplete="email" required value={email()} onInput={(e) => setEmail(e.currentTarget.value)} />
        <FormError error={error()} />
        <button type="submit" disabled={busy()}>
          {busy() ? t("Sending…") : t("Send me a code")}
        </button>
      </form>
    </section>
  );
}
