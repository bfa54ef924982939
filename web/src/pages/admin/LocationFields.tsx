import { limits } from "@slotbook/contract/limits";
import { createSignal } from "solid-js";
import { fieldError } from "../../api/errors";
import type { EventLocation } from "@slotbook/contract";
import Field from "../../components/Field";
import { t } from "../../i18n/t";

/** The event's location as the form holds it; `values()` is what the API takes (null: none). */
export function createLocationState(location?: EventLocation | null) {
  const [name, setName] = createSignal(location?.name ?? "");
  const [address, setAddress] = createSignal(location?.address ?? "");
  const [url, setUrl] = createSignal(location?.url ?? "");
  const values = (): EventLocation | null => {
    const parts = { name: name().trim(), address: address().trim(), url: url().trim() };
    const kept = Object.fromEntries(Object.entries(parts).filter(([, value]) => value)) as EventLocation;
    return Object.keys(kept).length > 0 ? kept : null;
  };
  const reset = (saved: EventLocation | null) => {
    setName(saved?.name ?? "");
    setAddress(saved?.address ?? "");
    setUrl(saved?.url ?? "");
  };
  return { name, setName, address, setAddress, url, setUrl, values, reset };
}

export type LocationState = ReturnType<typeof createLocationState>;

/** Where the event happens: a venue (its address links to a map on the event page), an online link, or both. */
export default function LocationFields(props: { state: LocationState; error: unknown }) {
  const state = props.state;
  return (
    <fieldset class="location-fields">
      <legend>{t("Where (optional)")}</legend>
      <div class="row">
        <Field label={t("Venue")} maxLength={limits.locationNameMax} value={state.name()} onInput={(e) => state.setName(e.currentTarget.value)} error={fieldError(props.error, "location.name")} />
        <Field
          label={t("Address")}
          maxLength={limits.locationAddressMax}
          hint={t("The event page links it to a map.")}
          value={state.address()}
          onInput={(e) => state.setAddress(e.currentTarget.value)}
          error={fieldError(props.error, "location.address")}
        />
      </div>
      <Field
        label={t("Online link")}
        type="url"
        inputmode="url"
        placeholder={t("https://")}
        maxLength={limits.locationUrlMax}
        hint={t("A stream or a meeting, starting with https:// (or http://).")}
        value={state.url()}
        onInput={(e) => state.setUrl(e.currentTarget.value)}
        error={fieldError(props.error, "location.url") ?? fieldError(props.error, "location")}
      />
    </fieldset>
  );
}
