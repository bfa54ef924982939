import { createSignal } from "solid-js";
import { deleteEvent } from "../../api/admin-events";
import type { EventView as AdminEvent } from "@slotbook/contract";
import ConfirmDialog from "../../components/ConfirmDialog";
import FormError from "../../components/FormError";
import { createSubmit } from "../../lib/submit";
import { t } from "../../i18n/t";

/** Deleting an event cancels every booking on it and emails those fans; the dialog says so plainly. */
export default function DeleteEvent(props: { event: AdminEvent; onDeleted: () => void }) {
  const [asking, setAsking] = createSignal(false);
  const booked = () => props.event.slots.reduce((sum, slot) => sum + slot.bookedCount, 0);
  const remove = createSubmit(async () => {
    await deleteEvent(props.event.id);
    setAsking(false);
    props.onDeleted();
  });
  return (
    <section class="danger-zone" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t("Delete event")}</h2>
      <p>{t("Deleting removes the event and its public page for good.")}</p>
      <button type="button" class="button-danger" onClick={() => setAsking(true)}>
        {t("Delete event…")}
      </button>
      <ConfirmDialog
        open={asking()}
        title={t("Delete “{{title}}”?", { title: props.event.title })}
        confirmLabel={t("Delete event and cancel bookings")}
        danger
        busy={remove.busy()}
        onConfirm={() => void remove.submit()}
        onCancel={() => setAsking(false)}
      >
        <p class="warning">
          {booked() === 0
            ? t("Nobody has booked yet. The event and its public page will be gone for good.")
            : booked() === 1
              ? t("1 booking will be cancelled, and each of those fans will be told by email. This can't be undone.")
              : t("{{count}} bookings will be cancelled, and each of those fans will be told by email. This can't be undone.", { count: booked() })}
        </p>
        <FormError error={remove.error()} />
      </ConfirmDialog>
    </section>
  );
}
