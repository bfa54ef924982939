import { useLocation } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { resetPassword } from "../../api/account";
import { fieldError } from "../../api/errors";
import Field from "../../components/Field";
import FormError from "../../components/FormError";
import PageHeading from "../../components/PageHeading";
import { createSubmit } from "../../lib/submit";
import { passwordHint } from "./SignUpForm";

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
      <PageHeading title="Choose a new password">Choose a new password</PageHeading>
      <Show
        when={!done()}
        fallback={
          <p role="status">
            Your password is changed. <a href="/signin">Sign in with it now</a>.
          </p>
        }
      >
        <p>If that email has an account, a code is on its way. Enter it with your new password.</p>
        <form class="stack" onSubmit={submit} aria-label="Reset your password">
          <Field label="Email" type="email" autocomplete="email" required value={email()} onInput={(e) => setEmail(e.currentTarget.value)} />
          <Field label="Code from the email" inputmode="numeric" autocomplete="one-time-code" required value={code()} onInput={(e) => setCode(e.currentTarget.value)} error={fieldError(error(), "code")} />
          <Field
            label="New password"
            type="password"
            autocomplete="new-password"
            required
            hint={passwordHint}
            value={password()}
            onInput={(e) => setPassword(e.currentTarget.value)}
            error={fieldError(error(), "newPassword")}
          />
          <FormError error={error()} />
          <button type="submit" disabled={busy()}>
            {busy() ? "Saving…" : "Set new password"}
          </button>
        </form>
      </Show>
    </section>
  );
}
