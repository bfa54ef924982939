import { For, Show } from "solid-js";
import { listMyEvents } from "../../api/admin-events";
import type { EventView as AdminEvent } from "@slotbook/contract";
import Async from "../../components/Async";
import PageHeading from "../../components/PageHeading";
import RequireRole from "../../components/RequireRole";
import ShowMore from "../../components/ShowMore";
import { createPagedList } from "../../lib/paged";
import { formatDay } from "../../lib/time";
import { t } from "../../i18n/t";
import { adminEventPage } from "@slotbook/contract/site-paths";

export default function AdminEventsPage() {
  return (
    <RequireRole role="admin">
      <AdminEvents />
    </RequireRole>
  );
}

const seats = (event: AdminEvent) => ({
  booked: event.slots.reduce((sum, slot) => sum + slot.bookedCount, 0),
  capacity: event.slots.reduce((sum, slot) => sum + slot.capacity, 0),
});

/** The organiser's dashboard: their events, newest first, with status and bookings at a glance. */
function AdminEvents() {
  const events = createPagedList(listMyEvents);
  return (
    <>
      <PageHeading title={t("Your events")}>{t("Your events")}</PageHeading>
      <p>
        <a href="/admin/events/new" class="button-link">
          {t("Create an event")}
        </a>
      </p>
      <Async resource={events.first} loading={t("Loading your events…")} retry={events.refetch}>
        {() => (
          <Show when={events.items().length > 0} fallback={<p>{t("No events yet. Create your first one.")}</p>}>
            <ul class="cards">
              <For each={events.items()}>
                {(event) => (
                  <li class="card">
                    <h2>
                      <a href={adminEventPage(event.id)}>{event.title}</a>
                    </h2>
                    <p class="meta">
                      {event.slots[0] ? formatDay(event.slots[0].startsAt, event.timezone) : event.date} · {event.timezone.replace(/_/g, " ")}
                    </p>
                    <p class="meta">
                      <span class={event.isPublished ? "badge badge-live" : "badge"}>{event.isPublished ? t("Published") : t("Draft")}</span>{" "}
                      {event.slots.length === 1 ? t("1 slot") : t("{{count}} slots", { count: event.slots.length })} ·{" "}
                      {t("{{booked}} of {{capacity}} places booked", seats(event))}
                    </p>
                  </li>
                )}
              </For>
            </ul>
            <ShowMore list={events} shown={(count) => t("Showing {{count}} events.", { count })} />
          </Show>
        )}
      </Async>
    </>
  );
}
