import { createSignal } from "solid-js";
import Field from "../../components/Field";
import { generateSlots, type GeneratedSlot } from "../../lib/slot-generator";
import { t } from "../../i18n/t";

/** "Generate slots": back-to-back slots from a start, an end, a length and a capacity. */
export default function GenerateSlots(props: { onGenerate: (slots: GeneratedSlot[]) => void }) {
  const [from, setFrom] = createSignal("09:00");
  const [to, setTo] = createSignal("12:00");
  const [length, setLength] = createSignal(30);
  const [capacity, setCapacity] = createSignal(1);
  const [problem, setProblem] = createSignal("");
  const generate = () => {
    const slots = generateSlots(from(), to(), length(), capacity());
    if (slots.length === 0) return setProblem(t("No slot fits: the end must be at least one slot length after the start."));
    setProblem("");
    props.onGenerate(slots);
  };
  return (
    <fieldset class="generate">
      <legend>{t("Generate slots")}</legend>
      <p class="hint">{t("Adds back-to-back slots to the list below; times already in the list are kept as they are.")}</p>
      <div class="row">
        <Field label={t("From")} type="time" value={from()} onInput={(e) => setFrom(e.currentTarget.value)} />
        <Field label={t("Until")} type="time" value={to()} onInput={(e) => setTo(e.currentTarget.value)} />
        <Field label={t("Length (minutes)")} type="number" min="5" step="5" value={length()} onInput={(e) => setLength(e.currentTarget.valueAsNumber)} />
        <Field label={t("Places per slot")} type="number" min="1" value={capacity()} onInput={(e) => setCapacity(e.currentTarget.valueAsNumber)} />
      </div>
      <p class="field-error" role="alert">
        {problem()}
      </p>
      <button type="button" class="button-secondary" onClick={generate}>
        {t("Generate slots")}
      </button>
    </fieldset>
  );
}
