import { A } from "@solidjs/router";
import { createSignal, lazy, Match, onMount, Suspense, Switch } from "solid-js";
import { createBooking } from "../../api/bookings";
import { ApiError } from "../../api/errors";
import type { Booking, PublicSlot } from "../../api/types";
import { currentUser, sessionRestored } from "../../auth/session";
import FormError from "../../components/FormError";
import Loading from "../../components/Loading";
import { createSubmit } from "../../lib/submit";
import { formatDay } from "../../lib/time";
import SlotTime from "./SlotTime";

/** Sign-in and sign-up forms load only for a visitor who needs them: most fans arrive signed in. */
const InlineAuth = lazy(() => import("../account/InlineAuth"));

/**
 * Booking one slot, in place: a visitor who isn't signed in signs in or up right here and comes back to
 * this same slot; a fan confirms; the result goes back to the page (booked, or the slot filled meanwhile).
 */
export default function BookingPanel(props: {
  slot: PublicSlot;
  eventZone: string;
  viewerZone: string;
  onBooked: (booking: Booking) => void;
  onFilled: () => void;
  onClose: () => void;
}) {
  let heading!: HTMLHeadingElement;
  onMount(() => heading.focus());
  // One key per attempt to book this slot: pressing "Confirm" again after a network error can't book twice.
  const [idempotencyKey] = createSignal(crypto.randomUUID());
  const [alreadyBooked, setAlreadyBooked] = createSignal(false);
  const book = createSubmit(async () => {
    try {
      props.onBooked(await createBooking(props.slot.id, idempotencyKey()));
    } catch (error) {
      if (error instanceof ApiError && error.code === "SLOT_FULL") return props.onFilled();
      if (error instanceof ApiError && error.code === "ALREADY_BOOKED") return void setAlreadyBooked(true);
      if (error instanceof ApiError && error.code === "SLOT_IN_PAST") throw new Error("This slot has already started, so it can't be booked any more.");
      throw error;
    }
  });

  const when = () => (
    <>
      {formatDay(props.slot.startsAt, props.viewerZone)}, <SlotTime startsAt={props.slot.startsAt} endsAt={props.slot.endsAt} viewerZone={props.viewerZone} eventZone={props.eventZone} />
    </>
  );

  return (
    <section class="booking-panel" aria-labelledby="booking-panel-heading">
      <h3 id="booking-panel-heading" ref={heading} tabIndex={-1}>
        Book this slot
      </h3>
      <p class="meta">{when()}</p>
      <Switch>
        <Match when={!sessionRestored()}>
          <Loading label="Checking your sign-in…" />
        </Match>
        <Match when={!currentUser()}>
          <Suspense fallback={<Loading label="Loading sign-in…" />}>
            <InlineAuth
              intro="Sign in or create an account to book. You'll come straight back to this slot."
              onSignedIn={() => heading.focus()}
            />
          </Suspense>
        </Match>
        <Match when={currentUser()?.role === "admin"}>
          <p>You're signed in as an organiser. Sign out and use a fan account to book a slot.</p>
        </Match>
        <Match when={alreadyBooked()}>
          <p role="alert">
            You already hold this slot. See it in <A href="/me/bookings">My bookings</A>.
          </p>
        </Match>
        <Match when={true}>
          <p>
            Booking as {currentUser()!.name} ({currentUser()!.email}).
          </p>
          <FormError error={book.error()} />
          <div class="actions">
            <button type="button" onClick={() => void book.submit()} disabled={book.busy()}>
              {book.busy() ? "Booking…" : "Confirm booking"}
            </button>
          </div>
        </Match>
      </Switch>
      <button type="button" class="link-button" onClick={() => props.onClose()}>
        Choose another time
      </button>
    </section>
  );
}
