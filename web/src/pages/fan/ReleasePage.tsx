import { useSearchParams } from "@solidjs/router";
import { createResource, createSignal, Match, Switch } from "solid-js";
import { messageOf } from "../../api/errors";
import { getRelease, releaseSeat } from "../../api/release";
import FormError from "../../components/FormError";
import Loading from "../../components/Loading";
import PageHeading from "../../components/PageHeading";
import { createSubmit } from "../../lib/submit";
import { formatDay, viewerTimeZone } from "../../lib/time";
import SlotTime from "../public/SlotTime";

/**
 * Where a reminder's "Release my seat" link leads (`/release?token=…`): no sign-in, the link is the key. It shows
 * the booking and asks to confirm; releasing cancels it and the seat goes to the waitlist. A link that was
 * tampered with, has expired (the slot started) or was already used says so.
 */
export default function ReleasePage() {
  const [params] = useSearchParams();
  const token = () => (typeof params.token === "string" ? params.token : "");
  const viewerZone = viewerTimeZone();
  const [booking] = createResource(token, getRelease);
  const [released, setReleased] = createSignal(false);
  const release = createSubmit(async () => {
    await releaseSeat(token());
    setReleased(true);
  });

  return (
    <section class="narrow">
      <PageHeading title="Release your seat">Release your seat</PageHeading>
      <Switch fallback={<Loading label="Loading your booking…" />}>
        <Match when={!token()}>
          <p role="alert">This link is incomplete. Use the whole link from your reminder email.</p>
        </Match>
        <Match when={released()}>
          <p role="status">Your seat is released and your booking is cancelled. Thank you: someone on the waitlist can have it now.</p>
          <p>
            <a href="/">Find another event</a>
          </p>
        </Match>
        <Match when={booking.error}>
          <p role="alert">{messageOf(booking.error)}</p>
          <p>
            Your bookings are in <a href="/me/bookings">My bookings</a> (sign in).
          </p>
        </Match>
        <Match when={booking()}>
          {(found) => (
            <>
              <p>Can't make it? Releasing cancels your booking and gives your seat to someone else straight away.</p>
              <dl class="details">
                <dt>Event</dt>
                <dd>
                  <a href={`/e/${encodeURIComponent(found().event.slug)}`}>{found().event.title}</a>
                </dd>
                <dt>When</dt>
                <dd>
                  {formatDay(found().startsAt, viewerZone)}, <SlotTime startsAt={found().startsAt} endsAt={found().endsAt} viewerZone={viewerZone} eventZone={found().event.timezone} />
                </dd>
                <dt>Booked by</dt>
                <dd>{found().fanName}</dd>
                <dt>Seats</dt>
                <dd>{found().seats}</dd>
              </dl>
              <FormError error={release.error()} />
              <div class="actions">
                <button type="button" class="button-danger" onClick={() => void release.submit()} disabled={release.busy()}>
                  {release.busy() ? "Releasing…" : "Yes, release my seat"}
                </button>
                <a href="/me/bookings">Keep my booking</a>
              </div>
            </>
          )}
        </Match>
      </Switch>
    </section>
  );
}
