import { useLocation, useNavigate, type RouteSectionProps } from "@solidjs/router";
import { Match, Show, Suspense, Switch, type JSX } from "solid-js";
import { currentUser, whenSignInNeeded } from "../auth/session-state";
import { signInHref } from "../auth/sign-in-href";
import { t } from "../i18n/t";
import { locale, switchLocale, type Locale } from "../i18n/locale";
import Loading from "./Loading";
import { appPaths } from "@slotbook/contract/site-paths";

/**
 * A link that says when it is the current page (class `active`, `aria-current`), as the router's `A` does.
 * A plain anchor is enough (the router makes a click on any same-site link an in-app navigation), and
 * leaving `A` out of the frame keeps its props machinery out of a public page's first download.
 */
function NavLink(props: { href: string; end?: boolean; class?: string; children: JSX.Element }) {
  const location = useLocation();
  const active = () => location.pathname === props.href || (!props.end && location.pathname.startsWith(`${props.href}/`));
  return (
    <a href={props.href} class={props.class} classList={{ active: active() }} aria-current={active() ? "page" : undefined}>
      {props.children}
    </a>
  );
}

/** The frame around every page: skip link, header navigation for who is signed in, the page itself, and the language switch. */
export default function Layout(props: RouteSectionProps) {
  const navigate = useNavigate();
  const location = useLocation();
  // A 401 the silent refresh can't fix: sign in again, then come back to this very page.
  whenSignInNeeded(() => {
    const here = `${location.pathname}${location.search}`;
    if (!/^\/(signin|admin\/signin)/.test(here)) navigate(signInHref(here));
  });

  const signOutAndLeave = async () => {
    // The session's code is loaded by now: there is a session to end.
    await import("../auth/session").then((session) => session.signOut()).catch(() => {});
    navigate("/");
  };

  const other: Locale = locale === "de" ? "en" : "de";

  return (
    <>
      <a class="skip-link" href="#main">
        {t("Skip to content")}
      </a>
      <header class="site-header">
        <NavLink href="/" class="brand" end>
          Slotbook
        </NavLink>
        <nav aria-label={t("Main")}>
          <ul>
            <Switch>
              <Match when={currentUser()?.role === "admin"}>
                <li>
                  <NavLink href="/admin" end>
                    {t("Dashboard")}
                  </NavLink>
                </li>
              </Match>
              <Match when={currentUser()}>
                <li>
                  <NavLink href={appPaths.myBookings}>{t("My bookings")}</NavLink>
                </li>
                <li>
                  <NavLink href="/me/waitlist">{t("My waitlist")}</NavLink>
                </li>
                <li>
                  <NavLink href="/me/account">{t("Account")}</NavLink>
                </li>
              </Match>
              <Match when={true}>
                <li>
                  <NavLink href="/signin">{t("Sign in")}</NavLink>
                </li>
              </Match>
            </Switch>
            <Show when={currentUser()}>
              <li>
                <button type="button" class="link-button" onClick={signOutAndLeave}>
                  {t("Sign out")}
                </button>
              </li>
            </Show>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>{props.children}</Suspense>
      </main>
      <footer class="site-footer">
        <p>
          Slotbook
          <Show when={!currentUser()}>
            {" · "}
            <NavLink href="/admin">{t("Organiser sign-in")}</NavLink>
          </Show>
          {" · "}
          {/* Each language named in itself, so whoever needs it can read it. */}
          <button type="button" class="link-button" lang={other} onClick={() => switchLocale(other)}>
            {other === "de" ? "Deutsch" : "English"}
          </button>
        </p>
      </footer>
    </>
  );
}
