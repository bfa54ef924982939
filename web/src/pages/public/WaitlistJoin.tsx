import { createSignal, Show, type JSX } from "solid-js";
import type { Answers, PublicSlotView as PublicSlot, WaitlistEntryView as WaitlistEntry } from "@slotbook/contract";
import { joinWaitlist } from "../../api/waitlist";
import FormError from "../../components/FormError";
import { createSubmit } from "../../lib/submit";
import { SeatsPicker } from "./booking-parts";
import { t } from "../../i18n/t";
import LinkedText from "../../components/LinkedText";

/**
 * Queueing for a full slot: where the fan would stand, and once in, where they stand. When seats free up the
 * fan is emailed an offer to claim within a window (My waitlist shows it too). The event's questions are
 * answered when joining (`questions` shows them with the last attempt's problems); a claimed offer keeps those answers.
 */
export default function WaitlistJoin(props: {
  slot: PublicSlot;
  maxPartySize: number;
  answers?: () => Answers | undefined;
  questions?: (error: () => unknown) => JSX.Element;
  explain: (error: unknown) => unknown | Promise<unknown>;
}) {
  const [seats, setSeats] = createSignal(1);
  const [entry, setEntry] = createSignal<WaitlistEntry>();
  const join = createSubmit(async () => {
    try {
      setEntry(await joinWaitlist(props.slot.id, seats(), props.answers?.()));
    } catch (error) {
      throw await props.explain(error);
    }
  });
  return (
    <>
      <Show when={!entry()}>
        <p>
          {t("This time is full. Join the waitlist and, if a seat frees up, we'll email you an offer to claim it. You'd be #{{place}} in line.", {
            place: props.slot.waitlistLength + 1,
          })}
        </p>
        {props.questions?.(join.error)}
        <SeatsPicker max={props.maxPartySize} value={seats()} onChange={setSeats} />
        <FormError error={join.error()} />
        <div class="actions">
          <button type="button" onClick={() => void join.submit()} disabled={join.busy()}>
            {join.busy() ? t("Joining…") : t("Join the waitlist")}
          </button>
        </div>
      </Show>
      <p class="live live-ok" role="status">
        <Show when={entry()}>
          {(joined) => (
            <>
              {joined().status === "offered" ? t("A seat is on offer to you now.") : t("You're on the waitlist: #{{place}} in line.", { place: joined().position })}{" "}
              <LinkedText text={t("We'll email you when a seat frees up. See <a>My waitlist</a>.")} hrefs={["/me/waitlist"]} />
            </>
          )}
        </Show>
      </p>
    </>
  );
}
