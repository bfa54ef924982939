import { createSignal } from "solid-js";
import { deleteEvent } from "../../api/admin-events";
import type { AdminEvent } from "../../api/types";
import ConfirmDialog from "../../components/ConfirmDialog";
import FormError from "../../components/FormError";
import { createSubmit } from "../../lib/submit";

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
      <h2 id="delete-heading">Delete event</h2>
      <p>Deleting removes the event and its public page for good.</p>
      <button type="button" class="button-danger" onClick={() => setAsking(true)}>
        Delete event…
      </button>
      <ConfirmDialog
        open={asking()}
        title={`Delete “${props.event.title}”?`}
        confirmLabel="Delete event and cancel bookings"
        danger
        busy={remove.busy()}
        onConfirm={() => void remove.submit()}
        onCancel={() => setAsking(false)}
      >
        <p class="warning">
          {booked() === 0
            ? "Nobody has booked yet. The event and its public page will be gone for good."
            : `${booked()} ${booked() === 1 ? "booking" : "bookings"} will be cancelled, and each of those fans will be told by email. This can't be undone.`}
        </p>
        <FormError error={remove.error()} />
      </ConfirmDialog>
    </section>
  );
}
