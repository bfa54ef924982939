import { Navigate, useLocation } from "@solidjs/router";
import { Match, Show, Switch, type JSX } from "solid-js";
import { currentUser, sessionRestored } from "../auth/session";
import { signInHref } from "../auth/sign-in-href";
import type { Role } from "../auth/id-token";
import Loading from "./Loading";
import PageHeading from "./PageHeading";
import { t } from "../i18n/t";
import LinkedText from "./LinkedText";

/** Shows its page only to a signed-in user (of the given role); anyone else is sent to sign in and back. */
export default function RequireRole(props: { role?: Role; children: JSX.Element }) {
  const location = useLocation();
  const here = () => `${location.pathname}${location.search}`;
  return (
    <Show when={sessionRestored()} fallback={<Loading label={t("Checking your sign-in…")} />}>
      <Switch>
        <Match when={!currentUser()}>
          <Navigate href={signInHref(here())} />
        </Match>
        <Match when={props.role && currentUser()!.role !== props.role}>
          <PageHeading title={t("Not available")}>{t("This page isn't for your account")}</PageHeading>
          <p>
            <LinkedText text={t("You're signed in as {{email}}, which can't use this page. <a>Go to the start page</a>.", { email: currentUser()!.email })} hrefs={["/"]} />
          </p>
        </Match>
        <Match when={true}>{props.children}</Match>
      </Switch>
    </Show>
  );
}
