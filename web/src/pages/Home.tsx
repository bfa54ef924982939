import { createResource, Match, Switch } from "solid-js";
import { api } from "../api";

/** The landing page. For now it shows whether the booking API answers; event listings come next. */
export default function Home() {
  const [health] = createResource(() => api<{ status: string }>("/api/health"));
  return (
    <main>
      <h1>Slotbook</h1>
      <p>Book a time slot in seconds.</p>
      <p role="status" data-testid="api-health">
        <Switch>
          <Match when={health.loading}>Checking the booking service…</Match>
          <Match when={health.error}>The booking service is unavailable: {(health.error as Error).message}</Match>
          <Match when={health()}>{(result) => `Booking service: ${result().status}`}</Match>
        </Switch>
      </p>
    </main>
  );
}
