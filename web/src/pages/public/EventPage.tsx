import { useParams, useSearchParams } from "@solidjs/router";
import { createEffect, createResource, createSignal, lazy, on, onCleanup, onMount, Show, Suspense } from "solid-js";
import { ApiError } from "../../api/errors";
import { getPublicEvent, getPublicSlots } from "../../api/public-events";
import type { BookingView as Booking, EventLocation, PublicSlotView as PublicSlot } from "@slotbook/contract";
import Async from "../../components/Async";
import Loading from "../../components/Loading";
import PageHeading from "../../components/PageHeading";
import { viewerTimeZone, zoneLabel } from "../../lib/time";
import { takeEmbeddedEvent, type EmbeddedEvent } from "./embedded-event";
import SlotList from "./SlotList";
import { t } from "../../i18n/t";

/** Booking and its confirmation load when a visitor books: a first visit downloads only what shows the event. */
const BookingPanel = lazy(() => import("./BookingPanel"));
const BookingConfirmation = lazy(() => import("./BookingConfirmation"));
/** The opening countdown and the closing, for an event that has them. */
const OnSale = lazy(() => import("./OnSale"));

/** How often the slots' availability is refreshed while the page is visible. */
const pollMs = 15_000;

/**
 * A published event: its slots with live availability, booking in place, and the confirmation. On a share
 * page (pre-rendered HTML with the event embedded) it starts from the embedded event, renders the same markup
 * the page already shows, and fetches only the live availability.
 */
export default function EventPage() {
  const params = useParams<{ slug: string }>();
  const [search, setSearch] = useSearchParams<{ slot?: string }>();
  const viewerZone = viewerTimeZone();
  let embedded = false;
  // A value, not a promise, for the embedded event: the page renders in the same task, with nothing to wait for.
  const [event, { refetch }] = createResource<EmbeddedEvent, string>(
    () => params.slug,
    (slug) => {
      const pre = takeEmbeddedEvent(slug);
      embedded = Boolean(pre);
      return pre ?? loadEvent(slug);
    },
  );
  const [liveSlots, setLiveSlots] = createSignal<PublicSlot[]>();
  const [booked, setBooked] = createSignal<Booking | null>(null);
  const [announcement, setAnnouncement] = createSignal({ text: "", ok: true });
  // Whether booking is open, by the server's clock (OnSale, for an event with an opening or a closing).
  const [open, setOpen] = createSignal(true);
  let slotsHeading!: HTMLHeadingElement;

  createEffect(on(() => params.slug, () => (setLiveSlots(undefined), setBooked(null), setOpen(true)), { defer: true }));
  // A slot that has started can no longer be booked: it leaves the list (read again with each refresh).
  const slots = () => (liveSlots() ?? event.latest?.slots ?? []).filter((slot) => Date.parse(slot.startsAt) > Date.now());

  const refreshSlots = async () => {
    try {
      setLiveSlots((await getPublicSlots(params.slug)).items);
    } catch {
      // Keep showing the last known availability; the next poll or booking attempt tries again.
    }
  };
  const timer = setInterval(() => document.visibilityState === "visible" && void refreshSlots(), pollMs);
  onCleanup(() => clearInterval(timer));
  onMount(() => embedded && void refreshSlots());

  const choose = (slot: { id: string } | undefined) => setSearch({ slot: slot?.id }, { replace: true, scroll: false });
  // The panel words what happened (its code loads only with it); the page announces it.
  // One booked state: the confirmation (its heading takes focus, so screen readers announce it), no second notice.
  const onBooked = (booking: Booking) => {
    setAnnouncement({ text: "", ok: true });
    setBooked(booking);
    choose(undefined);
    void refreshSlots();
  };
  const onFilled = (text: string) => {
    setAnnouncement({ text, ok: false });
    choose(undefined);
    void refreshSlots().then(() => slotsHeading?.focus());
  };
  const selectedSlot = () => slots().find((slot) => slot.id === search.slot);
  const firstStart = () => slots()[0]?.startsAt ?? new Date().toISOString();

  return (
    <Async resource={event} loading={t("Loading the event…")} retry={refetch}>
      {(details) => (
        <article class="event">
          <PageHeading title={details().title}>{details().title}</PageHeading>
          <Show when={details().description}>
            <p class="description">{details().description}</p>
          </Show>
          <LocationLine location={details().location} />
          <p class="zone-note">
            {viewerZone === details().timezone
              ? t("Times are in the event's time zone, {{zone}}.", { zone: zoneLabel(viewerZone, firstStart()) })
              : t("Times are in your time zone, {{zone}}. The event's time zone is {{eventZone}}.", { zone: zoneLabel(viewerZone, firstStart()), eventZone: zoneLabel(details().timezone, firstStart()) })}
          </p>
          <p class="live" classList={{ "live-ok": announcement().ok }} role="status" aria-live="polite">
            {announcement().text}
          </p>
          <Show
            when={booked()}
            fallback={
              <>
                <h2 ref={slotsHeading} tabIndex={-1}>
                  {t("Choose a time")}
                </h2>
                <SlotList
                  slots={slots()}
                  viewerZone={viewerZone}
                  eventZone={details().timezone}
                  selectedId={selectedSlot()?.id}
                  open={open()}
                  waitlist={details().waitlist}
                  onBook={(slot) => (setAnnouncement({ text: "", ok: true }), choose(slot))}
                  panel={(slot) => (
                    <Suspense fallback={<Loading />}>
                      <BookingPanel
                        slot={slot as PublicSlot}
                        event={details()}
                        viewerZone={viewerZone}
                        onBooked={onBooked}
                        onFilled={onFilled}
                        onClose={() => choose(undefined)}
                      />
                    </Suspense>
                  )}
                />
              </>
            }
          >
            {(booking) => (
              <Suspense fallback={<Loading />}>
                <BookingConfirmation booking={booking()} viewerZone={viewerZone} onBookAnother={() => setBooked(null)} />
              </Suspense>
            )}
          </Show>
          {/* Below the slots: its code arrives after the page shows, and nothing above it may move when it does. */}
          <Show when={details().bookingOpensAt || details().bookingClosesAt || details().maxBookingsPerFan}>
            <Suspense>
              <OnSale event={details()} viewerZone={viewerZone} onOpen={setOpen} />
            </Suspense>
          </Show>
        </article>
      )}
    </Async>
  );
}

/**
 * Where the event happens (when it says), as the share page's renderer writes it: the address links to a map
 * (the core's mapUrl). Links are the API's, which takes only http(s) ones.
 */
function LocationLine(props: { location?: EventLocation | null }) {
  return (
    <Show when={props.location}>
      {(where) => (
        <p class="location">
          <span class="location-label">{t("Where:")}</span> {where().name}
          <Show when={where().address}>
            {(address) => (
              <>
                {where().name && ", "}
                <a href={`https://www.openstreetmap.org/search?query=${encodeURIComponent(address())}`} rel="noopener">
                  {address()}
                </a>
              </>
            )}
          </Show>
          <Show when={where().url}>
            {(url) => (
              <>
                {(where().name || where().address) && " · "}
                <a href={url()} rel="noopener">
                  {url()}
                </a>
              </>
            )}
          </Show>
        </p>
      )}
    </Show>
  );
}

/** The event, with the API's 404 (unknown or unpublished) put in words for a visitor. */
async function loadEvent(slug: string): Promise<EmbeddedEvent> {
  try {
    return await getPublicEvent(slug);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) throw new Error(t("This event doesn't exist, or isn't open for booking."));
    throw error;
  }
}
