import { createSignal } from "solid-js";
import { updateProfile } from "../../api/account";
import { fieldError } from "../../api/errors";
import type { Profile } from "@slotbook/contract";
import Field from "../../components/Field";
import FieldFrame from "../../components/FieldFrame";
import FormError from "../../components/FormError";
import { createSubmit } from "../../lib/submit";
import { t } from "../../i18n/t";

/** Name, phone, text messages and the language they and the emails are in; the email is the sign-in and stays as it is. */
export default function ProfileForm(props: { profile: Profile }) {
  const [name, setName] = createSignal(props.profile.name);
  const [phone, setPhone] = createSignal(props.profile.phone ?? "");
  const [sms, setSms] = createSignal(props.profile.smsOptIn);
  const [language, setLanguage] = createSignal(props.profile.locale);
  const [saved, setSaved] = createSignal("");
  const hasPhone = () => phone().trim() !== "";
  const save = createSubmit(async () => {
    setSaved("");
    const updated = await updateProfile({ name: name().trim(), phone: phone().trim() || null, smsOptIn: sms() && hasPhone(), locale: language() });
    setName(updated.name);
    setLanguage(updated.locale);
    setPhone(updated.phone ?? "");
    setSms(updated.smsOptIn);
    setSaved(t("Your profile is saved."));
  });
  return (
    <form class="stack" onSubmit={save.submit} aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t("Profile")}</h2>
      <Field label={t("Email")} type="email" value={props.profile.email} readOnly hint={t("Your sign-in; it can't be changed here.")} />
      <Field label={t("Name")} autocomplete="name" required value={name()} onInput={(e) => setName(e.currentTarget.value)} error={fieldError(save.error(), "name")} />
      <Field
        label={t("Phone (optional)")}
        type="tel"
        autocomplete="tel"
        hint={t("International format, e.g. +4915112345678.")}
        value={phone()}
        onInput={(e) => {
          setPhone(e.currentTarget.value);
          // Texts go to the number they were turned on for: without a number there is nothing to turn on.
          if (!hasPhone()) setSms(false);
        }}
        error={fieldError(save.error(), "phone")}
      />
      <div class="checkbox">
        <input id="profile-sms" type="checkbox" checked={sms()} disabled={!hasPhone()} aria-describedby="profile-sms-hint" onChange={(e) => setSms(e.currentTarget.checked)} />
        <label for="profile-sms">{t("Also text me booking confirmations, reminders and waitlist offers")}</label>
      </div>
      <p id="profile-sms-hint" class="hint">
        {hasPhone() ? t("To this phone number. Turn it off here, or reply STOP to any text.") : t("Add a phone number to get texts.")}
        {fieldError(save.error(), "smsOptIn") ? ` ${fieldError(save.error(), "smsOptIn")}` : ""}
      </p>
      <FieldFrame
        label={t("Language of emails and texts")}
        hint={t("Confirmations and reminders of bookings you make from now on come in this language.")}
        error={fieldError(save.error(), "locale")}
        control={(wiring) => (
          <select
            id={wiring.id}
            aria-invalid={wiring["aria-invalid"]}
            aria-describedby={wiring["aria-describedby"]}
            value={language()}
            onChange={(e) => setLanguage(e.currentTarget.value as Profile["locale"])}
          >
            {/* Each language named in itself. */}
            <option value="en" lang="en">
              English
            </option>
            <option value="de" lang="de">
              Deutsch
            </option>
          </select>
        )}
      />
      <FormError error={save.error()} />
      <p class="success" role="status">
        {saved()}
      </p>
      <button type="submit" disabled={save.busy()}>
        {save.busy() ? t("Saving…") : t("Save profile")}
      </button>
    </form>
  );
}
