import { useNavigate, useParams } from "@solidjs/router";
import { createResource, createSignal } from "solid-js";
import { getEvent, listEventBookings, updateEvent } from "../../api/admin-events";
import Async from "../../components/Async";
import PageHeading from "../../components/PageHeading";
import RequireRole from "../../components/RequireRole";
import DeleteEvent from "./DeleteEvent";
import EventBookings from "./EventBookings";
import EventForm from "./EventForm";
import PublishPanel from "./PublishPanel";
import SlotOverview from "./SlotOverview";
import { t } from "../../i18n/t";
import { checkInPage } from "@slotbook/contract/site-paths";

export default function AdminEventPage() {
  return (
    <RequireRole role="admin">
      <ManageEvent />
    </RequireRole>
  );
}

/** One event for its organiser: publish and share, slots and waitlists, bookings, edit, delete. */
function ManageEvent() {
  const params = useParams<{ id: string }>();
  const navigate = useNavigate();
  const [event, { refetch, mutate }] = createResource(() => params.id, getEvent);
  // Read once for the dashboard's arrivals and the bookings table, and again on each of the dashboard's beats.
  const [bookings, { refetch: refetchBookings, mutate: mutateBookings }] = createResource(() => params.id, listEventBookings);
  const [saved, setSaved] = createSignal("");
  return (
    <>
      <p class="breadcrumb">
        <a href="/admin">{t("Your events")}</a>
      </p>
      <Async resource={event} loading={t("Loading the event…")} retry={refetch}>
        {(loaded) => (
          <>
            <PageHeading title={loaded().title}>{loaded().title}</PageHeading>
            <PublishPanel event={loaded()} onPublished={(published) => mutate(published)} />
            <p>
              <a href={checkInPage(loaded().id)} class="button-link">
                {t("Check-in at the door")}
              </a>
            </p>
            <SlotOverview event={loaded()} bookings={bookings.latest?.items ?? []} onRefresh={() => (void refetch(), void refetchBookings())} />
            <EventBookings
              event={loaded()}
              bookings={bookings}
              retry={() => void refetchBookings()}
              onCancelled={(cancelled) => (mutateBookings((page) => page && { items: page.items.filter((item) => item.id !== cancelled.id) }), void refetch())}
            />
            <section aria-labelledby="edit-heading">
              <h2 id="edit-heading">{t("Edit event")}</h2>
              <EventForm
                event={loaded()}
                submitLabel={t("Save changes")}
                onSave={async (input) => {
                  setSaved("");
                  const updated = mutate(await updateEvent(loaded().id, input));
                  setSaved(t("Changes saved."));
                  return updated;
                }}
              />
              <p class="success" role="status">
                {saved()}
              </p>
            </section>
            <DeleteEvent event={loaded()} onDeleted={() => navigate("/admin", { replace: true })} />
          </>
        )}
      </Async>
    </>
  );
}
