import { createSignal } from "solid-js";

/**
 * A form's submit handler with its busy and error state: one submission at a time, the error kept for
 * display, cleared on the next attempt.
 */
export function createSubmit<T>(action: () => Promise<T>) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>();
  const submit = async (event?: SubmitEvent): Promise<T | undefined> => {
    event?.preventDefault();
    if (busy()) return undefined;
    setBusy(true);
    setError(undefined);
    try {
      return await action();
    } catch (caught) {
      setError(() => caught);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit };
}
