import { appPaths, eventPage } from "@slotbook/contract/site-paths";
import { useParams } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import { getBooking } from "../../api/bookings";
import Async from "../../components/Async";
import PageHeading from "../../components/PageHeading";
import QrCode from "../../components/QrCode";
import RequireRole from "../../components/RequireRole";
import { checkInUrl } from "../../lib/check-in-code";
import { formatDateTime, formatDay, viewerTimeZone, zoneLabel } from "../../lib/time";
import SlotTime from "../public/SlotTime";
import { t } from "../../i18n/t";

export default function BookingPage() {
  return (
    <RequireRole role="fan">
      <OneBooking />
    </RequireRole>
  );
}

/** One of the fan's bookings with its check-in code, to show at the door (the confirmation email links here). */
function OneBooking() {
  const params = useParams<{ id: string }>();
  const [booking, { refetch }] = createResource(() => params.id, getBooking);
  const zone = viewerTimeZone();
  return (
    <>
      <p class="breadcrumb">
        <a href={appPaths.myBookings}>{t("My bookings")}</a>
      </p>
      <Async resource={booking} loading={t("Loading your booking…")} retry={refetch}>
        {(loaded) => (
          <article class="booking-page">
            <PageHeading title={loaded().event.title}>{loaded().event.title}</PageHeading>
            <p class="meta">
              {formatDay(loaded().startsAt, zone)}, <SlotTime startsAt={loaded().startsAt} endsAt={loaded().endsAt} viewerZone={zone} eventZone={loaded().event.timezone} />{" "}
              <span class="zone">{zoneLabel(zone, loaded().startsAt)}</span>
            </p>
            <p>
              {loaded().seats === 1 ? t("1 seat for {{name}}.", { name: loaded().fanName }) : t("{{count}} seats for {{name}}.", { count: loaded().seats, name: loaded().fanName })}
            </p>
            <Show
              when={loaded().checkedInAt}
              fallback={
                <figure class="check-in-code">
                  <QrCode text={checkInUrl(location.origin, loaded().eventId, loaded().id)} label={t("Check-in code for {{title}}", { title: loaded().event.title })} />
                  <figcaption>{t("Show this code at the door. The organiser scans it to check you in.")}</figcaption>
                </figure>
              }
            >
              {(at) => <p class="success">{t("Checked in at {{when}}. Enjoy!", { when: formatDateTime(at(), zone) })}</p>}
            </Show>
            <p>
              <a href={eventPage(loaded().event.slug)}>{t("Event page")}</a>
            </p>
          </article>
        )}
      </Async>
    </>
  );
}
