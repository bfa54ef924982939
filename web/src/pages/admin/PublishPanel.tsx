import { eventPage } from "@slotbook/contract/site-paths";
import { createSignal, Show } from "solid-js";
import { publishEvent } from "../../api/admin-events";
import type { EventView as AdminEvent } from "@slotbook/contract";
import FormError from "../../components/FormError";
import { createSubmit } from "../../lib/submit";
import { t } from "../../i18n/t";

/** Publish a draft; once published, its public address with a copy button. */
export default function PublishPanel(props: { event: AdminEvent; onPublished: (event: AdminEvent) => void }) {
  const [copied, setCopied] = createSignal("");
  let urlInput!: HTMLInputElement;
  const publicUrl = () => `${location.origin}${eventPage(props.event.slug ?? "")}`;
  const publish = createSubmit(async () => props.onPublished(await publishEvent(props.event.id)));
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(publicUrl());
      setCopied(t("Link copied."));
    } catch {
      // No clipboard permission: select the text so Ctrl+C / the context menu copies it.
      urlInput.focus();
      urlInput.select();
      setCopied(t("Link selected: press Ctrl+C (or ⌘C) to copy it."));
    }
  };
  return (
    <section class="publish" aria-labelledby="publish-heading">
      <h2 id="publish-heading">{t("Public page")}</h2>
      <Show
        when={props.event.isPublished && props.event.slug}
        fallback={
          <>
            <p>{t("This event is a draft. Publishing gives it a public address where fans can book.")}</p>
            <FormError error={publish.error()} />
            <button type="button" onClick={() => void publish.submit()} disabled={publish.busy()}>
              {publish.busy() ? t("Publishing…") : t("Publish event")}
            </button>
          </>
        }
      >
        <p>{t("Published. Share this address with your fans:")}</p>
        <div class="copy-row">
          <label for="public-url" class="visually-hidden">
            {t("Public address")}
          </label>
          <input id="public-url" ref={urlInput} readOnly value={publicUrl()} />
          <button type="button" class="button-secondary" onClick={() => void copy()}>
            {t("Copy link")}
          </button>
          <a href={eventPage(props.event.slug ?? "")} target="_blank" rel="noopener">
            {t("Open")}
            <span class="visually-hidden"> {t("the public page in a new tab")}</span>
          </a>
        </div>
        <p class="success" role="status">
          {copied()}
        </p>
      </Show>
    </section>
  );
}
