import { createSignal, lazy, Match, onMount, Show, Suspense, Switch } from "solid-js";
import { createBooking } from "../../api/bookings";
import { ApiError } from "../../api/errors";
import { getPublicEvent } from "../../api/public-events";
import type { Answers, BookingView as Booking, OnSale, PublicSlotView as PublicSlot, Question } from "@slotbook/contract";
import { currentUser, sessionRestored } from "../../auth/session";
import FormError from "../../components/FormError";
import Loading from "../../components/Loading";
import { createSubmit } from "../../lib/submit";
import { formatDay, formatTimeRange } from "../../lib/time";
import { explain, SeatsPicker } from "./booking-parts";
import SlotTime from "./SlotTime";
import WaitlistJoin from "./WaitlistJoin";
import { t } from "../../i18n/t";
import LinkedText from "../../components/LinkedText";
import { appPaths } from "@slotbook/contract/site-paths";

/** Sign-in and sign-up forms load only for a visitor who needs them: most fans arrive signed in. */
const InlineAuth = lazy(() => import("../account/InlineAuth"));
/** The organiser's questions load only for an event that asks some. */
const QuestionsForm = lazy(() => import("./QuestionsForm"));

/** What the panel needs of the event: its zone, how it can be booked and what it asks. */
export type PanelEvent = { timezone: string; slug?: string; questions?: Question[] } & Partial<OnSale>;

/**
 * Booking one slot, in place (or, for a full slot, joining its waitlist): a visitor who isn't signed in
 * signs in or up right here and comes back to this same slot; a fan picks how many seats (when the event
 * allows more than one) and confirms; the result goes back to the page (booked, or the slot filled meanwhile).
 */
export default function BookingPanel(props: {
  slot: PublicSlot;
  event: PanelEvent;
  viewerZone: string;
  /** Booked: the booking, and the words that announce it. */
  onBooked: (booking: Booking) => void;
  /** The slot filled meanwhile: the words that say so. */
  onFilled: (announcement: string) => void;
  onClose: () => void;
}) {
  let heading!: HTMLHeadingElement;
  onMount(() => heading.focus());
  const waiting = () => props.slot.available === 0;
  // One key per attempt to book this slot: pressing "Confirm" again after a network error can't book twice.
  const [idempotencyKey] = createSignal(crypto.randomUUID());
  const [alreadyBooked, setAlreadyBooked] = createSignal(false);
  const [seats, setSeats] = createSignal(1);
  const [answers, setAnswers] = createSignal<Answers>({});
  // The questions as the API last said (the page's copy may predate the organiser's latest change).
  const [latest, setLatest] = createSignal<Question[]>();
  const asked = () => latest() ?? props.event.questions ?? [];
  /**
   * The API found problems in the answers: if the event's questions changed since the page loaded, show the
   * current ones (answers to removed questions dropped) and say so; otherwise its problems stand.
   */
  const checkQuestions = async (error: unknown): Promise<unknown> => {
    if (!(error instanceof ApiError) || !props.event.slug || !error.details.some((detail) => detail.path.startsWith("answers."))) return error;
    const current = (await getPublicEvent(props.event.slug).catch(() => undefined))?.questions;
    if (!current || JSON.stringify(current) === JSON.stringify(asked())) return error;
    setLatest(current);
    setAnswers((all) => Object.fromEntries(Object.entries(all).filter(([id]) => current.some((question) => question.id === id))));
    return new Error(t("The organiser has just changed the questions. Please check your answers and try again."));
  };
  // Unanswered questions are left out (the API says which required ones are missing); none asked: none sent.
  const given = () => (asked().length > 0 ? (Object.fromEntries(Object.entries(answers()).filter(([, value]) => value !== undefined)) as Answers) : undefined);
  /** The questions, with the problems the API found in the answers (`error`: the last attempt's). */
  const questions = (error: () => unknown) => (
    <Show when={asked().length > 0}>
      <Suspense fallback={<Loading label={t("Loading the questions…")} />}>
        <QuestionsForm questions={asked()} answers={answers()} onChange={(id, value) => setAnswers((all) => ({ ...all, [id]: value as Answers[string] }))} error={error()} />
      </Suspense>
    </Show>
  );
  const book = createSubmit(async () => {
    try {
      const booking = await createBooking(props.slot.id, idempotencyKey(), seats(), given());
      props.onBooked(booking);
    } catch (error) {
      if (error instanceof ApiError && error.code === "SLOT_FULL") {
        if (seats() > 1) throw new Error(t("There aren't {{seats}} seats left in this slot any more. Choose fewer seats, or another time.", { seats: seats() }));
        return props.onFilled(
          t("Sorry, the {{time}} slot just filled up. The times below are up to date: please choose another.", { time: formatTimeRange(props.slot.startsAt, props.slot.endsAt, props.viewerZone) }),
        );
      }
      if (error instanceof ApiError && error.code === "ALREADY_BOOKED") return void setAlreadyBooked(true);
      throw explain(await checkQuestions(error), props.viewerZone);
    }
  });

  /** A slot booked as it is (one seat, no questions): signing in with a code can book it in the same step. */
  const bookOnSignIn = () => !waiting() && asked().length === 0 && Math.min(props.event.maxPartySize ?? 1, props.slot.available ?? 1) <= 1;

  const when = () => (
    <>
      {formatDay(props.slot.startsAt, props.viewerZone)}, <SlotTime startsAt={props.slot.startsAt} endsAt={props.slot.endsAt} viewerZone={props.viewerZone} eventZone={props.event.timezone} />
    </>
  );

  return (
    <section class="booking-panel" aria-labelledby="booking-panel-heading">
      <h3 id="booking-panel-heading" ref={heading} tabIndex={-1}>
        {waiting() ? t("Join the waitlist") : t("Book this slot")}
      </h3>
      <p class="meta">{when()}</p>
      <Switch>
        <Match when={!sessionRestored()}>
          <Loading label={t("Checking your sign-in…")} />
        </Match>
        <Match when={!currentUser()}>
          <Suspense fallback={<Loading label={t("Loading sign-in…")} />}>
            <InlineAuth
              intro={
                waiting()
                  ? t("Sign in or create an account to join the waitlist. You'll come straight back to this slot.")
                  : t("Sign in or create an account to book. You'll come straight back to this slot.")
              }
              codeSignInLabel={bookOnSignIn() ? t("Sign in and book") : undefined}
              onSignedIn={(_user, way) => {
                heading.focus();
                // Email → code → booked: the code's button said "Sign in and book", and there is nothing to choose.
                if (way === "code" && bookOnSignIn()) void book.submit();
              }}
            />
          </Suspense>
        </Match>
        <Match when={currentUser()?.role === "admin"}>
          <p>{t("You're signed in as an organiser. Sign out and use a fan account to book a slot.")}</p>
        </Match>
        <Match when={alreadyBooked()}>
          <p role="alert">
            <LinkedText text={t("You already hold this slot. See it in <a>My bookings</a>.")} hrefs={[appPaths.myBookings]} />
          </p>
        </Match>
        <Match when={waiting()}>
          <WaitlistJoin
            slot={props.slot}
            maxPartySize={props.event.maxPartySize ?? 1}
            answers={given}
            questions={questions}
            explain={async (error) => explain(await checkQuestions(error), props.viewerZone)}
          />
        </Match>
        <Match when={true}>
          <p>{t("Booking as {{name}} ({{email}}).", { name: currentUser()!.name, email: currentUser()!.email })}</p>
          {questions(book.error)}
          <SeatsPicker max={Math.min(props.event.maxPartySize ?? 1, props.slot.available ?? 1)} value={seats()} onChange={setSeats} />
          <FormError error={book.error()} />
          <div class="actions">
            <button type="button" onClick={() => void book.submit()} disabled={book.busy()}>
              {book.busy() ? t("Booking…") : t("Confirm booking")}
            </button>
          </div>
        </Match>
      </Switch>
      <button type="button" class="link-button" onClick={() => props.onClose()}>
        {t("Choose another time")}
      </button>
    </section>
  );
}
