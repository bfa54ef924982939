import { Match, Switch, untrack, type Accessor, type JSX, type Resource } from "solid-js";
import ErrorNotice from "./ErrorNotice";
import Loading from "./Loading";

/**
 * A resource's three states, everywhere the same: loading, error (with retry), or its value. The page is
 * built once and reads the value through an accessor, so a refresh or an update (mutate) changes what it
 * shows in place: no "Loading…" flash, no lost focus or half-typed input.
 */
export default function Async<T>(props: {
  resource: Resource<T>;
  loading: string;
  retry?: () => void;
  children: (value: Accessor<T>) => JSX.Element;
}) {
  return (
    <Switch fallback={<Loading label={props.loading} />}>
      <Match when={props.resource.error}>
        <ErrorNotice error={props.resource.error} retry={props.retry} />
      </Match>
      <Match when={props.resource.state === "ready" || props.resource.state === "refreshing"}>
        {untrack(() => props.children(() => props.resource.latest as T))}
      </Match>
    </Switch>
  );
}
