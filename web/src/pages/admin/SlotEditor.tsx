import { For, Show } from "solid-js";
import type { SetStoreFunction } from "solid-js/store";
import { fieldError } from "../../api/errors";
import Field from "../../components/Field";
import GenerateSlots from "./GenerateSlots";
import { mergeRows, newRow, type SlotRow } from "./slot-rows";
import { t } from "../../i18n/t";

/**
 * The event's slots: edit times and places in place, add or remove rows, or generate a run of them.
 * A slot that has bookings can't be removed here (the API would refuse with HAS_BOOKINGS anyway).
 */
export default function SlotEditor(props: { rows: SlotRow[]; setRows: SetStoreFunction<SlotRow[]>; error: unknown }) {
  const addRow = () => {
    const last = props.rows[props.rows.length - 1];
    props.setRows(props.rows.length, newRow({ startTime: last?.endTime ?? "", capacity: last?.capacity ?? 1 }));
  };
  const removeRow = (key: string) => props.setRows((rows) => rows.filter((row) => row.key !== key));
  const problem = (index: number, field: string) => fieldError(props.error, `slots.${index}.${field}`) ?? fieldError(props.error, `slots.${index}`);

  return (
    <section class="slot-editor" aria-labelledby="slots-heading">
      <h2 id="slots-heading">{t("Slots")}</h2>
      <GenerateSlots onGenerate={(slots) => props.setRows((rows) => mergeRows(rows, slots.map((slot) => newRow(slot))))} />
      <p class="field-error">{fieldError(props.error, "slots")}</p>
      <ol class="slot-rows">
        <For each={props.rows}>
          {(row, index) => (
            <li class="slot-row-edit">
              <fieldset>
                <legend>{t("Slot {{number}}", { number: index() + 1 })}</legend>
                <div class="row">
                  <Field label={t("Starts")} type="time" required value={row.startTime} onInput={(e) => props.setRows(index(), "startTime", e.currentTarget.value)} error={problem(index(), "startTime")} />
                  <Field label={t("Ends")} type="time" required value={row.endTime} onInput={(e) => props.setRows(index(), "endTime", e.currentTarget.value)} error={problem(index(), "endTime")} />
                  <Field
                    label={t("Places")}
                    type="number"
                    min={Math.max(1, row.bookedCount)}
                    required
                    value={row.capacity}
                    onInput={(e) => props.setRows(index(), "capacity", e.currentTarget.valueAsNumber)}
                    error={problem(index(), "capacity")}
                  />
                </div>
                <Show
                  when={row.bookedCount === 0}
                  fallback={<p class="hint">{t("{{count}} booked: cancel those bookings before removing this slot.", { count: row.bookedCount })}</p>}
                >
                  <button type="button" class="link-button" onClick={() => removeRow(row.key)}>
                    {t("Remove slot {{number}}", { number: index() + 1 })}
                  </button>
                </Show>
              </fieldset>
            </li>
          )}
        </For>
      </ol>
      <button type="button" class="button-secondary" onClick={addRow}>
        {t("Add a slot")}
      </button>
    </section>
  );
}
