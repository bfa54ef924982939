import { createSignal } from "solid-js";
import { ApiError } from "../../api/errors";
import Field from "../../components/Field";
import { formatReminders, parseReminders } from "../../lib/reminders";
import { t } from "../../i18n/t";

/** The event's reminders as the form holds them (text); `values()` is what the API takes (minutes). New events: a day before. */
export function createRemindersState(reminders: readonly number[] = [1440]) {
  const [text, setText] = createSignal(formatReminders(reminders));
  return { text, setText, values: () => parseReminders(text()), reset: (saved: readonly number[]) => setText(formatReminders(saved)) };
}

export type RemindersState = ReturnType<typeof createRemindersState>;

/** The API's problem with the list or one of its times (`reminders`, `reminders.1`). */
const reminderError = (error: unknown) => (error instanceof ApiError ? error.details.find((detail) => detail.path.split(".")[0] === "reminders")?.message : undefined);

/** When booked fans are reminded by email (each reminder with a link to give the seat back). */
export default function RemindersField(props: { state: RemindersState; error: unknown }) {
  return (
    <Field
      label={t("Reminders")}
      hint={t("Before each slot, by email with a link to release the seat: e.g. 1d, 2h, 30m (up to 5). Empty: none.")}
      value={props.state.text()}
      onInput={(e) => props.state.setText(e.currentTarget.value)}
      error={reminderError(props.error)}
    />
  );
}
