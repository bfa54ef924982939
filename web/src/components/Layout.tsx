import { A, useLocation, useNavigate, type RouteSectionProps } from "@solidjs/router";
import { Match, Show, Suspense, Switch } from "solid-js";
import { whenSignInNeeded } from "../api/authed";
import { currentUser, signOut } from "../auth/session";
import { signInHref } from "../auth/sign-in-href";
import Loading from "./Loading";

/** The frame around every page: skip link, header navigation for who is signed in, the page itself. */
export default function Layout(props: RouteSectionProps) {
  const navigate = useNavigate();
  const location = useLocation();
  // A 401 the silent refresh can't fix: sign in again, then come back to this very page.
  whenSignInNeeded(() => {
    const here = `${location.pathname}${location.search}`;
    if (!/^\/(signin|admin\/signin)/.test(here)) navigate(signInHref(here));
  });

  const signOutAndLeave = async () => {
    await signOut().catch(() => {});
    navigate("/");
  };

  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="site-header">
        <A href="/" class="brand" end>
          Slotbook
        </A>
        <nav aria-label="Main">
          <ul>
            <Switch>
              <Match when={currentUser()?.role === "admin"}>
                <li>
                  <A href="/admin" end>
                    Dashboard
                  </A>
                </li>
              </Match>
              <Match when={currentUser()}>
                <li>
                  <A href="/me/bookings">My bookings</A>
                </li>
                <li>
                  <A href="/me/account">Account</A>
                </li>
              </Match>
              <Match when={true}>
                <li>
                  <A href="/signin">Sign in</A>
                </li>
              </Match>
            </Switch>
            <Show when={currentUser()}>
              <li>
                <button type="button" class="link-button" onClick={signOutAndLeave}>
                  Sign out
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
            <A href="/admin">Organiser sign-in</A>
          </Show>
        </p>
      </footer>
    </>
  );
}
