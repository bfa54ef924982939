import { createSignal } from "solid-js";
import { changePassword } from "../../api/account";
import { ApiError, fieldError } from "../../api/errors";
import Field from "../../components/Field";
import FormError from "../../components/FormError";
import { createSubmit } from "../../lib/submit";
import { passwordHint } from "../account/SignUpForm";
import { t } from "../../i18n/t";

export default function PasswordForm() {
  const [current, setCurrent] = createSignal("");
  const [next, setNext] = createSignal("");
  const [saved, setSaved] = createSignal("");
  const save = createSubmit(async () => {
    setSaved("");
    try {
      await changePassword(current(), next());
    } catch (error) {
      // The API answers a wrong current password with 400 or 401; either way it's the same advice.
      if (error instanceof ApiError && (error.status === 401 || error.code === "NOT_AUTHORIZED")) throw new Error(t("Your current password isn't right."));
      throw error;
    }
    setCurrent("");
    setNext("");
    setSaved(t("Your password is changed."));
  });
  return (
    <form class="stack" onSubmit={save.submit} aria-labelledby="password-heading">
      <h2 id="password-heading">{t("Change password")}</h2>
      <Field label={t("Current password")} type="password" autocomplete="current-password" required value={current()} onInput={(e) => setCurrent(e.currentTarget.value)} />
      <Field
        label={t("New password")}
        type="password"
        autocomplete="new-password"
        required
        hint={passwordHint()}
        value={next()}
        onInput={(e) => setNext(e.currentTarget.value)}
        error={fieldError(save.error(), "newPassword")}
      />
      <FormError error={save.error()} />
      <p class="success" role="status">
        {saved()}
      </p>
      <button type="submit" disabled={save.busy()}>
        {save.busy() ? t("Changing…") : t("Change password")}
      </button>
    </form>
  );
}
