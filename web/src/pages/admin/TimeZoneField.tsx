import { aliases, zones } from "virtual:time-zones";
import { createSignal, For, Show } from "solid-js";
import Field from "../../components/Field";
import { t } from "../../i18n/t";

/** The canonical name of a zone as typed (any case, any known alias), or undefined when it is no zone. */
export const canonicalZone = (typed: string): string | undefined => {
  const key = typed.trim().toLowerCase();
  return aliases[key] ?? byLowerCase.get(key);
};
const byLowerCase = new Map(zones.map((zone) => [zone.toLowerCase(), zone]));

/** "Berlin · GMT+1": how the list labels a zone, so it can be found by city or by offset. */
function optionLabel(zone: string, at: Date): string {
  const city = zone.split("/").pop()!.replace(/_/g, " ");
  const offset = new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "shortOffset" }).formatToParts(at).find((part) => part.type === "timeZoneName")?.value;
  return offset ? `${city} · ${offset}` : city;
}

/**
 * The event's time zone: a searchable list of canonical IANA zones (by name, city or offset), defaulting to
 * the browser's. What is typed becomes its canonical name when the field is left (`Asia/Calcutta` →
 * `Asia/Kolkata`), as the API would store it; anything else is flagged before the form is sent.
 */
export default function TimeZoneField(props: { value: string; onChange: (zone: string) => void; error?: string }) {
  // Labelling ~400 zones takes a moment: only once the field is first used.
  const [opened, setOpened] = createSignal(false);
  const [problem, setProblem] = createSignal<string>();
  const settle = (typed: string) => {
    const zone = canonicalZone(typed);
    setProblem(zone ? undefined : t("Not a time zone we know. Pick one from the list, e.g. Europe/Berlin."));
    props.onChange(zone ?? typed);
  };
  return (
    <>
      <Field
        label={t("Time zone")}
        required
        list="time-zones"
        autocomplete="off"
        hint={t("The slots' times are in this zone. Search by region, city or offset.")}
        value={props.value}
        onFocus={() => setOpened(true)}
        onInput={(e) => props.onChange(e.currentTarget.value)}
        onChange={(e) => settle(e.currentTarget.value)}
        error={problem() ?? props.error}
      />
      <datalist id="time-zones">
        <Show when={opened()}>
          <For each={zones}>{(zone) => <option value={zone} label={optionLabel(zone, new Date())} />}</For>
        </Show>
      </datalist>
    </>
  );
}
