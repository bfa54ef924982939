import { appPaths, eventPage } from "@slotbook/contract/site-paths";
import { createResource, createSignal, For, onCleanup, Show } from "solid-js";
import { ApiError } from "../../api/errors";
import type { WaitlistEntryView as WaitlistEntry } from "@slotbook/contract";
import { claimOffer, leaveWaitlist, listMyWaitlist } from "../../api/waitlist";
import Async from "../../components/Async";
import ConfirmChoice from "../../components/ConfirmChoice";
import FormError from "../../components/FormError";
import PageHeading from "../../components/PageHeading";
import RequireRole from "../../components/RequireRole";
import { createServerNow } from "../../lib/countdown";
import { createSubmit } from "../../lib/submit";
import { formatDay, formatTimeRange, viewerTimeZone } from "../../lib/time";
import SlotTime from "../public/SlotTime";
import OfferTimeLeft from "./OfferTimeLeft";
import { t } from "../../i18n/t";
import LinkedText from "../../components/LinkedText";

/** How often the list asks for news (an offer arriving, a place moving up) while the page is visible. */
const pollMs = 5_000;

export default function MyWaitlistPage() {
  return (
    <RequireRole role="fan">
      <MyWaitlist />
    </RequireRole>
  );
}

const describe = (entry: WaitlistEntry, zone: string) => `${entry.event.title}, ${formatDay(entry.startsAt, zone)} ${formatTimeRange(entry.startsAt, entry.endsAt, zone)}`;

/**
 * The fan's waitlist: offers first (claim with one tap while the time left ticks down), then the slots they
 * wait for with their place in line, each of which they can leave. Kept up to date while open.
 */
function MyWaitlist() {
  const viewerZone = viewerTimeZone();
  const [entries, { refetch, mutate }] = createResource(listMyWaitlist);
  const timer = setInterval(() => document.visibilityState === "visible" && !entries.loading && void refetch(), pollMs);
  onCleanup(() => clearInterval(timer));
  const now = createServerNow(1000);
  const [announcement, setAnnouncement] = createSignal({ text: "", booked: false });
  const [leaving, setLeaving] = createSignal<WaitlistEntry | null>(null);
  const [claimError, setClaimError] = createSignal<{ id: string; error: unknown }>();
  const [claiming, setClaiming] = createSignal<string>();
  const setStatus = (id: string, status: WaitlistEntry["status"]) =>
    mutate((page) => page && { items: page.items.map((item) => (item.id === id ? { ...item, status, position: 0 } : item)) });

  const claim = async (entry: WaitlistEntry) => {
    if (claiming()) return;
    setClaiming(entry.id);
    setClaimError(undefined);
    try {
      await claimOffer(entry.id);
      setStatus(entry.id, "claimed");
      setAnnouncement({ text: t("You're booked: {{what}}.", { what: describe(entry, viewerZone) }), booked: true });
    } catch (error) {
      if (error instanceof ApiError && error.code === "OFFER_EXPIRED") setStatus(entry.id, "expired");
      setClaimError({ id: entry.id, error });
    } finally {
      setClaiming(undefined);
    }
  };
  const leave = createSubmit(async () => {
    const entry = leaving()!;
    await leaveWaitlist(entry.id);
    mutate((page) => page && { items: page.items.filter((item) => item.id !== entry.id) });
    setLeaving(null);
    setAnnouncement({ text: t("You left the waitlist for {{what}}.", { what: describe(entry, viewerZone) }), booked: false });
  });
  const byStart = (items: WaitlistEntry[]) => [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const offers = (items: WaitlistEntry[]) => byStart(items.filter((item) => item.status === "offered"));
  const waiting = (items: WaitlistEntry[]) => byStart(items.filter((item) => item.status === "waiting"));
  const earlier = (items: WaitlistEntry[]) => byStart(items.filter((item) => item.status === "expired" || item.status === "claimed")).reverse();

  const when = (entry: WaitlistEntry) => (
    <p class="meta">
      {formatDay(entry.startsAt, viewerZone)}, <SlotTime startsAt={entry.startsAt} endsAt={entry.endsAt} viewerZone={viewerZone} eventZone={entry.event.timezone} />
      {entry.seats > 1 ? ` · ${t("{{count}} seats", { count: entry.seats })}` : ""}
    </p>
  );
  const title = (entry: WaitlistEntry) => (
    <h3>
      <a href={eventPage(entry.event.slug)}>{entry.event.title}</a>
    </h3>
  );

  return (
    <>
      <PageHeading title={t("My waitlist")}>{t("My waitlist")}</PageHeading>
      <p class="live live-ok" role="status" aria-live="polite">
        {announcement().text}
        <Show when={announcement().booked}>
          {" "}
          <LinkedText text={t("See <a>My bookings</a>.")} hrefs={[appPaths.myBookings]} />
        </Show>
      </p>
      <Async resource={entries} loading={t("Loading your waitlist…")} retry={refetch}>
        {(page) => (
          <>
            <Show when={offers(page().items).length > 0}>
              <h2>{t("Offers")}</h2>
              <ul class="cards">
                <For each={offers(page().items)}>
                  {(entry) => (
                    <li class="card offer">
                      {title(entry)}
                      {when(entry)}
                      <p>
                        <strong>{t("A seat freed up and is held for you.")}</strong>
                      </p>
                      <OfferTimeLeft expiresAt={entry.offerExpiresAt!} now={now()} viewerZone={viewerZone} />
                      <FormError error={claimError()?.id === entry.id ? claimError()!.error : undefined} />
                      <div class="actions">
                        <button type="button" onClick={() => void claim(entry)} disabled={claiming() === entry.id || Date.parse(entry.offerExpiresAt!) <= now()}>
                          {claiming() === entry.id ? t("Claiming…") : t("Claim my seat")}
                          <span class="visually-hidden"> {t("for {{title}}", { title: entry.event.title })}</span>
                        </button>
                        <button type="button" class="button-secondary" onClick={() => setLeaving(entry)}>
                          {t("No thanks")}
                          <span class="visually-hidden">{t(", give up the seat for {{title}}", { title: entry.event.title })}</span>
                        </button>
                      </div>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <h2>{t("Waiting")}</h2>
            <Show
              when={waiting(page().items).length > 0}
              fallback={
                <p>
                  <LinkedText
                    text={t("You're not waiting for any slot. When a time you want is full, join its waitlist from the event's page. <a>Find an event</a>.")}
                    hrefs={["/"]}
                  />
                </p>
              }
            >
              <ul class="cards">
                <For each={waiting(page().items)}>
                  {(entry) => (
                    <li class="card">
                      {title(entry)}
                      {when(entry)}
                      <p>
                        {t("You're #{{place}} in line.", { place: entry.position })}
                      </p>
                      <button type="button" class="button-secondary" onClick={() => setLeaving(entry)}>
                        {t("Leave the waitlist")}
                        <span class="visually-hidden"> {t("for {{title}}", { title: entry.event.title })}</span>
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <Show when={earlier(page().items).length > 0}>
              <h2>{t("Earlier")}</h2>
              <ul class="cards">
                <For each={earlier(page().items)}>
                  {(entry) => (
                    <li class="card">
                      {title(entry)}
                      {when(entry)}
                      <p>
                        {entry.status === "claimed" ? (
                          <LinkedText text={t("Claimed: it's in <a>My bookings</a>.")} hrefs={[appPaths.myBookings]} />
                        ) : (
                          t("The offer expired before it was claimed.")
                        )}
                      </p>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </>
        )}
      </Async>
      <ConfirmChoice
        chosen={leaving()}
        title={leaving()?.status === "offered" ? t("Give up this seat?") : t("Leave this waitlist?")}
        confirmLabel={leaving()?.status === "offered" ? t("Yes, give it up") : t("Yes, leave")}
        busy={leave.busy()}
        error={leave.error()}
        onConfirm={() => void leave.submit()}
        onCancel={() => setLeaving(null)}
      >
        {(entry) => (
          <p>
            {describe(entry, viewerZone)}. {entry.status === "offered" ? t("The seat goes to the next fan in line.") : t("You lose your place in line.")}
          </p>
        )}
      </ConfirmChoice>
    </>
  );
}
