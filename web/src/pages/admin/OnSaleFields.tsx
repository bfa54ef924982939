import { createSignal } from "solid-js";
import { fieldError } from "../../api/errors";
import type { OnSale } from "@slotbook/contract";
import Field from "../../components/Field";
import { fromLocalInput, toLocalInput } from "../../lib/zoned";
import { t } from "../../i18n/t";

/**
 * The event's on-sale rules as the form holds them: opening and closing as `datetime-local` values on the
 * event's clock (its zone, whatever the organiser's own), a per-fan limit (empty: none), seats per booking,
 * and the waitlist. `values(zone)` turns them into what the API takes (instants, nulls for "not set").
 */
export function createOnSaleState(event?: Partial<OnSale> & { timezone: string }) {
  const local = (instant?: string | null) => (instant && event ? toLocalInput(instant, event.timezone) : "");
  const [opensAt, setOpensAt] = createSignal(local(event?.bookingOpensAt));
  const [closesAt, setClosesAt] = createSignal(local(event?.bookingClosesAt));
  const [limit, setLimit] = createSignal(event?.maxBookingsPerFan ? String(event.maxBookingsPerFan) : "");
  const [partySize, setPartySize] = createSignal(String(event?.maxPartySize ?? 1));
  const [waitlist, setWaitlist] = createSignal(event?.waitlist ?? true);
  const instant = (value: string, zone: string, label: string) => {
    if (!value) return null;
    const converted = fromLocalInput(value, zone);
    if (!converted) throw new Error(t("{{label}}: use a date and a time.", { label }));
    return converted;
  };
  const values = (zone: string): OnSale => ({
    bookingOpensAt: instant(opensAt(), zone, t("Booking opens")),
    bookingClosesAt: instant(closesAt(), zone, t("Booking closes")),
    maxBookingsPerFan: limit().trim() ? Number(limit()) : null,
    maxPartySize: Number(partySize()) || 1,
    waitlist: waitlist(),
  });
  /** After a save: the values as the API keeps them, on the (possibly new) zone's clock. */
  const reset = (saved: OnSale & { timezone: string }) => {
    setOpensAt(saved.bookingOpensAt ? toLocalInput(saved.bookingOpensAt, saved.timezone) : "");
    setClosesAt(saved.bookingClosesAt ? toLocalInput(saved.bookingClosesAt, saved.timezone) : "");
  };
  return { opensAt, setOpensAt, closesAt, setClosesAt, limit, setLimit, partySize, setPartySize, waitlist, setWaitlist, values, reset };
}

export type OnSaleState = ReturnType<typeof createOnSaleState>;

/** The fields themselves, in a fieldset of their own. */
export default function OnSaleFields(props: { state: OnSaleState; timezone: string; error: unknown }) {
  const state = props.state;
  const zone = () => props.timezone.trim().replace(/_/g, " ") || t("the event's time zone");
  return (
    <fieldset class="on-sale-fields">
      <legend>{t("Booking rules")}</legend>
      <div class="row">
        <Field
          label={t("Booking opens")}
          type="datetime-local"
          hint={t("In {{zone}}. Empty: as soon as it's published.", { zone: zone() })}
          value={state.opensAt()}
          onInput={(e) => state.setOpensAt(e.currentTarget.value)}
          error={fieldError(props.error, "bookingOpensAt")}
        />
        <Field
          label={t("Booking closes")}
          type="datetime-local"
          hint={t("In {{zone}}. Empty: each slot closes when it starts.", { zone: zone() })}
          value={state.closesAt()}
          onInput={(e) => state.setClosesAt(e.currentTarget.value)}
          error={fieldError(props.error, "bookingClosesAt")}
        />
      </div>
      <div class="row">
        <Field
          label={t("Most slots per fan")}
          type="number"
          min={1}
          hint={t("Empty: no limit.")}
          value={state.limit()}
          onInput={(e) => state.setLimit(e.currentTarget.value)}
          error={fieldError(props.error, "maxBookingsPerFan")}
        />
        <Field
          label={t("Seats per booking")}
          type="number"
          min={1}
          required
          hint={t("Up to this many people in one booking.")}
          value={state.partySize()}
          onInput={(e) => state.setPartySize(e.currentTarget.value)}
          error={fieldError(props.error, "maxPartySize")}
        />
      </div>
      <div class="checkbox">
        <input id="event-waitlist" type="checkbox" checked={state.waitlist()} onChange={(e) => state.setWaitlist(e.currentTarget.checked)} />
        <label for="event-waitlist">{t("Keep a waitlist for full slots (fans queue and are offered seats that free up)")}</label>
      </div>
    </fieldset>
  );
}
