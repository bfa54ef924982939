import { eventPage } from "@slotbook/contract/site-paths";
import { For, Show } from "solid-js";
import { listPublicEvents } from "../../api/public-events";
import Async from "../../components/Async";
import PageHeading from "../../components/PageHeading";
import ShowMore from "../../components/ShowMore";
import { createPagedList } from "../../lib/paged";
import { formatDateTime, viewerTimeZone, zoneLabel } from "../../lib/time";
import { timesAvailableLabel } from "./times-available";
import { t } from "../../i18n/t";

/** Published upcoming events, soonest first. */
export default function Home() {
  const events = createPagedList(listPublicEvents);
  const zone = viewerTimeZone();
  return (
    <>
      <PageHeading title={t("Upcoming events")}>{t("Upcoming events")}</PageHeading>
      <Async resource={events.first} loading={t("Loading events…")} retry={events.refetch}>
        {() => (
          <Show when={events.items().length > 0} fallback={<p>{t("No upcoming events right now. Check back soon.")}</p>}>
            <ul class="cards">
              <For each={events.items()}>
                {(event) => (
                  <li class="card">
                    <h2>
                      <a href={eventPage(event.slug)}>{event.title}</a>
                    </h2>
                    <p class="meta">
                      <time datetime={event.startsAt}>{formatDateTime(event.startsAt, zone)}</time> <span class="zone">{zoneLabel(zone, event.startsAt)}</span>
                      {" · "}
                      <span class={event.slotsAvailable > 0 ? "available" : "full"}>
                        {timesAvailableLabel(event.slotsAvailable)}
                      </span>
                    </p>
                    <Show when={event.description}>
                      <p class="excerpt">{event.description}</p>
                    </Show>
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
