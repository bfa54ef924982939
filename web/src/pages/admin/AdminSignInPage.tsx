import { Navigate, useSearchParams } from "@solidjs/router";
import { Show } from "solid-js";
import { startHostedSignIn } from "../../auth/hosted-ui";
import { currentUser } from "../../auth/session";
import { safeReturnPath } from "../../auth/sign-in-href";
import FormError from "../../components/FormError";
import PageHeading from "../../components/PageHeading";
import { createSubmit } from "../../lib/submit";
import { t } from "../../i18n/t";

/** Organisers sign in on Cognito's hosted page (code flow with PKCE) and come back to the dashboard. */
export default function AdminSignInPage() {
  const [search] = useSearchParams<{ next?: string }>();
  const returnTo = () => safeReturnPath(search.next, "/admin");
  const go = createSubmit(() => startHostedSignIn(returnTo()));
  return (
    <Show when={currentUser()?.role !== "admin"} fallback={<Navigate href={returnTo()} />}>
      <section class="narrow">
        <PageHeading title={t("Organiser sign-in")}>{t("Organiser sign-in")}</PageHeading>
        <p>{t("Organisers sign in on our secure sign-in page, then come straight back to their events.")}</p>
        <FormError error={go.error()} />
        <button type="button" onClick={() => void go.submit()} disabled={go.busy()}>
          {go.busy() ? t("Opening the sign-in page…") : t("Continue to sign-in")}
        </button>
      </section>
    </Show>
  );
}
