import { useParams, useSearchParams } from "@solidjs/router";
import { createMemo, createResource, createSignal, For, onCleanup, Show } from "solid-js";
import { checkInBooking, getEvent, listEventBookings } from "../../api/admin-events";
import { messageOf } from "../../api/errors";
import type { EventView as AdminEvent, BookingView as Booking } from "@slotbook/contract";
import Async from "../../components/Async";
import PageHeading from "../../components/PageHeading";
import RequireRole from "../../components/RequireRole";
import { bookingIdFromCode } from "../../lib/check-in-code";
import { formatTime, formatTimeRange } from "../../lib/time";
import QrScanner from "./QrScanner";
import { t } from "../../i18n/t";
import { adminEventPage } from "@slotbook/contract/site-paths";

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
      const who = updated.seats > 1 ? t("{{name}} (party of {{count}})", { name: updated.fanName, count: updated.seats }) : updated.fanName;
      setAnnouncement({ text: booking.checkedInAt ? t("{{who}} was already checked in.", { who }) : t("Checked in: {{who}}.", { who }), ok: true });
    } catch (error) {
      setAnnouncement({ text: messageOf(error), ok: false });
    } finally {
      setBusy(undefined);
    }
  };

  const onCode = (text: string) => {
    const booking = find(bookingIdFromCode(text));
    if (!booking) {
      setAnnouncement({ text: t("That code is not a booking of this event (it may have been cancelled)."), ok: false });
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
        <a href={adminEventPage(params.id)}>{t("Back to the event")}</a>
      </p>
      <Async resource={event} loading={t("Loading the event…")}>
        {(loaded) => (
          <>
            <PageHeading title={t("Check-in: {{title}}", { title: loaded().title })}>{t("Check-in: {{title}}", { title: loaded().title })}</PageHeading>
            <p class={announcement().ok ? "live live-ok" : "live"} role="status" aria-live="polite">
              {announcement().text}
            </p>
            <Show when={scanned()}>
              {(booking) => (
                <div class="card scanned">
                  <p>
                    <strong>{booking().fanName}</strong> · {booking().seats === 1 ? t("1 seat") : t("{{count}} seats", { count: booking().seats })} ·{" "}
                    {formatTimeRange(booking().startsAt, booking().endsAt, loaded().timezone)}
                  </p>
                  <Show when={!booking().checkedInAt} fallback={<p class="success">{t("Arrived at {{time}}.", { time: formatTime(booking().checkedInAt!, loaded().timezone) })}</p>}>
                    <button type="button" class="button-large" disabled={busy() === booking().id} onClick={() => void mark(booking())}>
                      {t("Check in {{name}}", { name: booking().fanName })}
                    </button>
                  </Show>
                </div>
              )}
            </Show>
            <QrScanner onCode={onCode} />
            <Async resource={bookings} loading={t("Loading the bookings…")} retry={refetch}>
              {() => (
                <>
                  <p class="meta">
                    {t("{{arrived}} of {{booked}} booked seats arrived.", { arrived: seatsOf(all().filter((booking) => booking.checkedInAt)), booked: seatsOf(all()) })}
                  </p>
                  <label class="field search-field">
                    <span>{t("Find by name or email")}</span>
                    <input type="search" value={query()} onInput={(e) => setQuery(e.currentTarget.value)} autocomplete="off" />
                  </label>
                  <For each={slotsWithBookings(loaded(), all())}>
                    {(slot) => (
                      <section class="check-in-slot" aria-labelledby={`slot-${slot.id}`}>
                        <h2 id={`slot-${slot.id}`}>
                          {formatTimeRange(slot.startsAt, slot.endsAt, loaded().timezone)}{" "}
                          <span class="meta">
                            ·{" "}
                            {t("{{expected}} expected, {{arrived}} arrived", {
                              expected: seatsOf(slot.bookings.filter((booking) => !booking.checkedInAt)),
                              arrived: seatsOf(slot.bookings.filter((booking) => booking.checkedInAt)),
                            })}
                          </span>
                        </h2>
                        <ul class="check-in-list">
                          <For each={slot.bookings.filter(matches)} fallback={<li class="meta">{query() ? t("No one here by that name.") : t("No one here.")}</li>}>
                            {(booking) => (
                              <li classList={{ arrived: !!booking.checkedInAt }}>
                                <span class="who">
                                  {booking.fanName}
                                  {booking.seats > 1 ? ` · ${t("{{count}} seats", { count: booking.seats })}` : ""}
                                </span>
                                <Show
                                  when={!booking.checkedInAt}
                                  fallback={<span class="success">{t("Arrived {{time}}", { time: formatTime(booking.checkedInAt!, loaded().timezone) })}</span>}
                                >
                                  <button type="button" disabled={busy() === booking.id} onClick={() => void mark(booking)}>
                                    {t("Check in")}
                                    <span class="visually-hidden"> {booking.fanName}</span>
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
