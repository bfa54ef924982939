import { limits } from "@slotbook/contract/limits";
import { createSignal } from "solid-js";
import { createStore } from "solid-js/store";
import { ApiError, fieldError } from "../../api/errors";
import type { EventView as AdminEvent, CreateEventBody as EventInput } from "@slotbook/contract";
import Field from "../../components/Field";
import FormError from "../../components/FormError";
import TextAreaField from "../../components/TextAreaField";
import { createSubmit } from "../../lib/submit";
import { viewerTimeZone } from "../../lib/time";
import LocationFields, { createLocationState } from "./LocationFields";
import OnSaleFields, { createOnSaleState } from "./OnSaleFields";
import QuestionsEditor, { createQuestionsState } from "./QuestionsEditor";
import RemindersField, { createRemindersState } from "./RemindersField";
import SlotEditor from "./SlotEditor";
import TimeZoneField, { canonicalZone } from "./TimeZoneField";
import { newRow, rowsFromSlots, slotsForApi } from "./slot-rows";
import { t } from "../../i18n/t";

/** Create or edit an event: its details and its slots, sent in one request. */
export default function EventForm(props: { event?: AdminEvent; submitLabel: string; onSave: (input: EventInput) => Promise<AdminEvent | void> }) {
  const [title, setTitle] = createSignal(props.event?.title ?? "");
  const [description, setDescription] = createSignal(props.event?.description ?? "");
  const [date, setDate] = createSignal(props.event?.date ?? "");
  const [timezone, setTimezone] = createSignal(props.event?.timezone ?? canonicalZone(viewerTimeZone()) ?? "UTC");
  const onSale = createOnSaleState(props.event);
  const location = createLocationState(props.event?.location);
  const questions = createQuestionsState(props.event?.questions);
  const reminders = createRemindersState(props.event?.reminders);
  const [rows, setRows] = createStore(props.event ? rowsFromSlots(props.event.slots) : [newRow({ startTime: "09:00", endTime: "09:30" })]);
  const save = createSubmit(async () => {
    try {
      const zone = timezone().trim();
      const saved = await props.onSave({ title: title(), description: description(), date: date(), timezone: zone, slots: slotsForApi(rows), ...onSale.values(zone), location: location.values(), questions: questions.values(), reminders: reminders.values() });
      // Saved slots now have ids: the next save must send them, or the API would see them as removed.
      if (saved) {
        setRows(rowsFromSlots(saved.slots));
        onSale.reset(saved);
        location.reset(saved.location);
        questions.reset(saved.questions);
        reminders.reset(saved.reminders);
      }
    } catch (error) {
      if (error instanceof ApiError && error.code === "HAS_BOOKINGS") {
        throw new Error(t("A slot you removed or shrank has bookings. Keep it, or keep at least as many places as are booked."));
      }
      throw error;
    }
  });
  return (
    <form class="stack event-form" onSubmit={save.submit} aria-label={props.submitLabel}>
      <Field label={t("Title")} required maxLength={limits.titleMax} value={title()} onInput={(e) => setTitle(e.currentTarget.value)} error={fieldError(save.error(), "title")} />
      <TextAreaField
        label={t("Description (optional)")}
        rows={4}
        maxLength={limits.descriptionMax}
        value={description()}
        onInput={(e) => setDescription(e.currentTarget.value)}
        error={fieldError(save.error(), "description")}
      />
      <div class="row">
        <Field label={t("Date")} type="date" required value={date()} onInput={(e) => setDate(e.currentTarget.value)} error={fieldError(save.error(), "date")} />
        <TimeZoneField value={timezone()} onChange={setTimezone} error={fieldError(save.error(), "timezone")} />
      </div>
      <LocationFields state={location} error={save.error()} />
      <OnSaleFields state={onSale} timezone={timezone()} error={save.error()} />
      <RemindersField state={reminders} error={save.error()} />
      <SlotEditor rows={rows} setRows={setRows} error={save.error()} />
      <QuestionsEditor state={questions} error={save.error()} />
      <FormError error={save.error()} />
      <button type="submit" disabled={save.busy()}>
        {save.busy() ? t("Saving…") : props.submitLabel}
      </button>
    </form>
  );
}
