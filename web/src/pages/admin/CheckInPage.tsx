import { useParams, useSearchParams } from "@solidjs/router";
import { createMemo, createResource, createSignal, For, onCleanup, Show } from "solid-js";
import { checkInBooking, getEvent, listEventBookings } from "../../api/admin-events";
import { messageOf } from "../../api/errors";
import type { AdminEvent, Booking } from "../../api/types";
import Async from "../../components/Async";
import PageHeading from "../../components/PageHeading";
import RequireRole from "../../components/RequireRole";
import { bookingIdFromCode } from "../../lib/check-in-code";
import { formatTime, formatTimeRange } from "../../lib/time";
import QrScanner from "./QrScanner";

export default function CheckInPage() {
  return (
    <RequireRole role="admin">
      <CheckIn />
    </RequireRole>
  );
}

/** How often the lists refresh, so two people checking in at two doors see each other's arrivals. */
const refreshMs = 15_000;

const seatsOf = (bookings: Booking[]) => bookings.reduce((sum, booking) => sum + booking.seats, 0);

/**
 * The door: scan a booking's code or find a fan by name, mark them arrived, and see per slot who is still
 * expected. Built for a phone held in one hand: big targets, the scanner first, one tap per arrival.
 */
function CheckIn() {
  const params = useParams<{ id: string }>();
  const [search, setSearch] = useSearchParams<{ booking?: string }>();
  const [event] = createResource(() => params.id, getEvent);
  const [bookings, { refetch, mutate }] = createResource(() => params.id, listEventBookings);
  const timer = setInterval(() => void refetch(), refreshMs);
  onCleanup(() => clearInterval(timer));
  const [query, setQuery] = createSignal("");
  const [announcement, setAnnouncement] = createSignal<{ text: string; ok: boolean }>({ text: "", ok: true });
  const [busy, setBusy] = createSignal<string>();

  const all = () => bookings.latest?.items ?? [];
  const find = (bookingId: string | undefined) => all().find((booking) => booking.id === bookingId);
  const scanned = createMemo(() => find(search.booking));

  const mark = async (booking: Booking) => {
    setBusy(booking.id);
    try {
      const updated = await checkInBooking(params.id, booking.id);
      mutate((page) => page && { items: page.items.map((item) => (item.id === updated.id ? updated : item)) });
      const party = updated.seats > 1 ? ` (party of ${updated.seats})` : "";
      setAnnouncement({ text: booking.checkedInAt ? `${updated.fanName}${party} was already checked in.` : `Checked in: ${updated.fanName}${party}.`, ok: true });
    } catch (error) {
      setAnnouncement({ text: messageOf(error), ok: false });
    } finally {
      setBusy(undefined);
    }
  };

  const onCode = (text: string) => {
    const booking = find(bookingIdFromCode(text));
    if (!booking) {
      setAnnouncement({ text: "That code is not a booking of this event (it may have been cancelled).", ok: false });
      return;
    }
    setSearch({ booking: booking.id });
    void mark(booking);
  };

  const matches = (booking: Booking) => {
    const wanted = query().trim().toLowerCase();
    return !wanted || booking.fanName.toLowerCase().includes(wanted) || booking.fanEmail.toLowerCase().includes(wanted);
  };

  return (
    <>
      <p class="breadcrumb">
        <a href={`/admin/events/${encodeURIComponent(params.id)}`}>Back to the event</a>
      </p>
      <Async resource={event} loading="Loading the event…">
        {(loaded) => (
          <>
            <PageHeading title={`Check-in: ${loaded().title}`}>Check-in: {loaded().title}</PageHeading>
            <p class={announcement().ok ? "live live-ok" : "live"} role="status" aria-live="polite">
              {announcement().text}
            </p>
            <Show when={scanned()}>
              {(booking) => (
                <div class="card scanned">
                  <p>
                    <strong>{booking().fanName}</strong> · {booking().seats === 1 ? "1 seat" : `${booking().seats} seats`} ·{" "}
                    {formatTimeRange(booking().startsAt, booking().endsAt, loaded().timezone)}
                  </p>
                  <Show when={!booking().checkedInAt} fallback={<p class="success">Arrived at {formatTime(booking().checkedInAt!, loaded().timezone)}.</p>}>
                    <button type="button" class="button-large" disabled={busy() === booking().id} onClick={() => void mark(booking())}>
                      Check in {booking().fanName}
                    </button>
                  </Show>
                </div>
              )}
            </Show>
            <QrScanner onCode={onCode} />
            <Async resource={bookings} loading="Loading the bookings…" retry={refetch}>
              {() => (
                <>
                  <p class="meta">
                    {seatsOf(all().filter((booking) => booking.checkedInAt))} of {seatsOf(all())} booked seats arrived.
                  </p>
                  <label class="field search-field">
                    <span>Find by name or email</span>
                    <input type="search" value={query()} onInput={(e) => setQuery(e.currentTarget.value)} autocomplete="off" />
                  </label>
                  <For each={slotsWithBookings(loaded(), all())}>
                    {(slot) => (
                      <section class="check-in-slot" aria-labelledby={`slot-${slot.id}`}>
                        <h2 id={`slot-${slot.id}`}>
                          {formatTimeRange(slot.startsAt, slot.endsAt, loaded().timezone)}{" "}
                          <span class="meta">
                            · {seatsOf(slot.bookings.filter((booking) => !booking.checkedInAt))} expected, {seatsOf(slot.bookings.filter((booking) => booking.checkedInAt))} arrived
                          </span>
                        </h2>
                        <ul class="check-in-list">
                          <For each={slot.bookings.filter(matches)} fallback={<li class="meta">No one here{query() ? " by that name" : ""}.</li>}>
                            {(booking) => (
                              <li classList={{ arrived: !!booking.checkedInAt }}>
                                <span class="who">
                                  {booking.fanName}
                                  {booking.seats > 1 ? ` · ${booking.seats} seats` : ""}
                                </span>
                                <Show
                                  when={!booking.checkedInAt}
                                  fallback={<span class="success">Arrived {formatTime(booking.checkedInAt!, loaded().timezone)}</span>}
                                >
                                  <button type="button" disabled={busy() === booking.id} onClick={() => void mark(booking)}>
                                    Check in<span class="visually-hidden"> {booking.fanName}</span>
                                  </button>
                                </Show>
                              </li>
                            )}
                          </For>
                        </ul>
                      </section>
                    )}
                  </For>
                </>
              )}
            </Async>
          </>
        )}
      </Async>
    </>
  );
}

/** The event's slots in time order, each with its bookings by name (slots nobody booked are left out). */
function slotsWithBookings(event: AdminEvent, bookings: Booking[]) {
  return event.slots
    .map((slot) => ({ ...slot, bookings: bookings.filter((booking) => booking.slotId === slot.id).sort((a, b) => a.fanName.localeCompare(b.fanName)) }))
    .filter((slot) => slot.bookings.length > 0)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
