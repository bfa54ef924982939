import { appPaths, eventPage } from "@slotbook/contract/site-paths";
import { useSearchParams } from "@solidjs/router";
import { createResource, createSignal, Match, Switch } from "solid-js";
import { ApiError, messageOf } from "../../api/errors";
import { getRelease, releaseSeat } from "../../api/release";
import FormError from "../../components/FormError";
import Loading from "../../components/Loading";
import PageHeading from "../../components/PageHeading";
import { createSubmit } from "../../lib/submit";
import { formatDay, viewerTimeZone } from "../../lib/time";
import SlotTime from "../public/SlotTime";
import { t } from "../../i18n/t";
import LinkedText from "../../components/LinkedText";

/**
 * Where a reminder's "Release my seat" link leads (`/release?token=…`): no sign-in, the link is the key. It shows
 * the booking and asks to confirm; releasing cancels it and the seat goes to the waitlist. A link that was
 * tampered with, has expired (the slot started) or was already used says so.
 */
/** What went wrong with a link, in the page's words (a 401 here is a bad link, not a lost session). */
function explain(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  if (error.status === 401) return new Error(t("This link is not valid. Use the link in your reminder email, or sign in to manage your bookings."));
  if (error.code === "NOT_FOUND") return new Error(t("This booking no longer exists: it was already released, cancelled or moved."));
  if (error.code === "SLOT_IN_PAST") return new Error(t("This slot has started, so its seat can no longer be released."));
  return error;
}

export default function ReleasePage() {
  const [params] = useSearchParams();
  const token = () => (typeof params.token === "string" ? params.token : "");
  const viewerZone = viewerTimeZone();
  const [booking] = createResource(token, (link) => getRelease(link).catch((error) => Promise.reject(explain(error))));
  const [released, setReleased] = createSignal(false);
  const release = createSubmit(async () => {
    await releaseSeat(token()).catch((error) => Promise.reject(explain(error)));
    setReleased(true);
  });

  return (
    <section class="narrow">
      <PageHeading title={t("Release your seat")}>{t("Release your seat")}</PageHeading>
      <Switch fallback={<Loading label={t("Loading your booking…")} />}>
        <Match when={!token()}>
          <p role="alert">{t("This link is incomplete. Use the whole link from your reminder email.")}</p>
        </Match>
        <Match when={released()}>
          <p role="status">{t("Your seat is released and your booking is cancelled. Thank you: someone on the waitlist can have it now.")}</p>
          <p>
            <a href="/">{t("Find another event")}</a>
          </p>
        </Match>
        <Match when={booking.error}>
          <p role="alert">{messageOf(booking.error)}</p>
          <p>
            <LinkedText text={t("Your bookings are in <a>My bookings</a> (sign in).")} hrefs={[appPaths.myBookings]} />
          </p>
        </Match>
        <Match when={booking()}>
          {(found) => (
            <>
              <p>{t("Can't make it? Releasing cancels your booking and gives your seat to someone else straight away.")}</p>
              <dl class="details">
                <dt>{t("Event")}</dt>
                <dd>
                  <a href={eventPage(found().event.slug)}>{found().event.title}</a>
                </dd>
                <dt>{t("When")}</dt>
                <dd>
                  {formatDay(found().startsAt, viewerZone)}, <SlotTime startsAt={found().startsAt} endsAt={found().endsAt} viewerZone={viewerZone} eventZone={found().event.timezone} />
                </dd>
                <dt>{t("Booked by")}</dt>
                <dd>{found().fanName}</dd>
                <dt>{t("Seats")}</dt>
                <dd>{found().seats}</dd>
              </dl>
              <FormError error={release.error()} />
              <div class="actions">
                <button type="button" class="button-danger" onClick={() => void release.submit()} disabled={release.busy()}>
                  {release.busy() ? t("Releasing…") : t("Yes, release my seat")}
                </button>
                <a href={appPaths.myBookings}>{t("Keep my booking")}</a>
              </div>
            </>
          )}
        </Match>
      </Switch>
    </section>
  );
}
