import { t } from "../i18n/t";

/** A polite "loading" line: announced once, no spinner to trap attention. */
export default function Loading(props: { label?: string }) {
  return (
    <p class="loading" role="status">
      {props.label ?? t("Loading…")}
    </p>
  );
}
