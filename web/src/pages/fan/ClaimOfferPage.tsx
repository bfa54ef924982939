import { appPaths, eventPage } from "@slotbook/contract/site-paths";
import { useNavigate, useParams } from "@solidjs/router";
import { createResource, createSignal, Match, Show, Switch } from "solid-js";
import { ApiError } from "../../api/errors";
import type { BookingView as Booking, WaitlistEntryView as WaitlistEntry } from "@slotbook/contract";
import { claimOffer, listMyWaitlist } from "../../api/waitlist";
import Async from "../../components/Async";
import FormError from "../../components/FormError";
import PageHeading from "../../components/PageHeading";
import RequireRole from "../../components/RequireRole";
import { currentUser } from "../../auth/session-state";
import { createServerNow } from "../../lib/countdown";
import { createSubmit } from "../../lib/submit";
import { formatDay, viewerTimeZone } from "../../lib/time";
import BookingConfirmation from "../public/BookingConfirmation";
import SlotTime from "../public/SlotTime";
import OfferTimeLeft from "./OfferTimeLeft";
import { t } from "../../i18n/t";
import LinkedText from "../../components/LinkedText";

/** The page an offer email links to (`/me/waitlist/<entry id>/claim`): signed in as the fan (sign-in first, then back here). */
export default function ClaimOfferPage() {
  return (
    <RequireRole role="fan">
      <ClaimOffer />
    </RequireRole>
  );
}

/** One offer: the event and slot, the time left, one tap to claim it; then the booking. An expired offer says so. */
function ClaimOffer() {
  const params = useParams<{ id: string }>();
  const navigate = useNavigate();
  const viewerZone = viewerTimeZone();
  const id = () => {
    try {
      return decodeURIComponent(params.id);
    } catch {
      return params.id;
    }
  };
  const [entry, { refetch, mutate }] = createResource(id, async (entryId) => (await listMyWaitlist()).items.find((item) => item.id === entryId) ?? null);
  const now = createServerNow(1000);
  const [booking, setBooking] = createSignal<Booking>();
  const claim = createSubmit(async () => {
    try {
      setBooking(await claimOffer(id()));
    } catch (error) {
      if (error instanceof ApiError && error.code === "OFFER_EXPIRED") return void mutate((current) => current && { ...current, status: "expired" as const });
      throw error;
    }
  });
  const live = (offer: WaitlistEntry) => offer.status === "offered" && Date.parse(offer.offerExpiresAt!) > now();

  return (
    <section class="narrow claim">
      <PageHeading title={t("Claim your seat")}>{t("Claim your seat")}</PageHeading>
      <Show
        when={booking()}
        fallback={
          <Async resource={entry} loading={t("Loading your offer…")} retry={refetch}>
            {(found) => (
              <Show
                when={found()}
                fallback={
                  <p>
                    <LinkedText
                      text={t(
                        "There's no waitlist offer here for {{email}}. If the email was for another account, sign out and sign in with that one. Your offers are in <a>My waitlist</a>.",
                        { email: currentUser()?.email ?? "" },
                      )}
                      hrefs={["/me/waitlist"]}
                    />
                  </p>
                }
              >
                {(offer) => (
                  <>
                    <dl class="details">
                      <dt>{t("Event")}</dt>
                      <dd>
                        <a href={eventPage(offer().event.slug)}>{offer().event.title}</a>
                      </dd>
                      <dt>{t("When")}</dt>
                      <dd>
                        {formatDay(offer().startsAt, viewerZone)},{" "}
                        <SlotTime startsAt={offer().startsAt} endsAt={offer().endsAt} viewerZone={viewerZone} eventZone={offer().event.timezone} />
                      </dd>
                      <dt>{t("Seats")}</dt>
                      <dd>{offer().seats}</dd>
                    </dl>
                    <Switch>
                      <Match when={offer().status === "offered"}>
                        <OfferTimeLeft expiresAt={offer().offerExpiresAt!} now={now()} viewerZone={viewerZone} />
                        <Show when={live(offer())}>
                          <FormError error={claim.error()} />
                          <div class="actions">
                            <button type="button" onClick={() => void claim.submit()} disabled={claim.busy()}>
                              {claim.busy() ? t("Claiming…") : t("Claim my seat")}
                            </button>
                          </div>
                        </Show>
                      </Match>
                      <Match when={offer().status === "expired"}>
                        <p class="offer-expired" role="alert">
                          <LinkedText
                            text={t("This offer has expired: the seat went to the next fan in line. You can still book another time on <a>the event's page</a>.")}
                            hrefs={[eventPage(offer().event.slug)]}
                          />
                        </p>
                      </Match>
                      <Match when={offer().status === "claimed"}>
                        <p>
                          <LinkedText text={t("You've claimed this seat already: it's in <a>My bookings</a>.")} hrefs={[appPaths.myBookings]} />
                        </p>
                      </Match>
                      <Match when={offer().status === "waiting"}>
                        <p>{t("No seat is on offer to you yet: you're #{{place}} in line. We'll email you when one frees up.", { place: offer().position })}</p>
                      </Match>
                      <Match when={true}>
                        <p>{t("You left this waitlist.")}</p>
                      </Match>
                    </Switch>
                  </>
                )}
              </Show>
            )}
          </Async>
        }
      >
        {(booked) => <BookingConfirmation booking={booked()} viewerZone={viewerZone} onBookAnother={() => navigate(eventPage(booked().event.slug))} />}
      </Show>
    </section>
  );
}
