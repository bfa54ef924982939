import { useLocation, useNavigate, type RouteSectionProps } from "@solidjs/router";
import { Match, Show, Suspense, Switch, type JSX } from "solid-js";
import { currentUser, whenSignInNeeded } from "../auth/session-state";
import { signInHref } from "../auth/sign-in-href";
import Loading from "./Loading";

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
    // The session's code is loaded by now: there is a session to end.
    await import("../auth/session").then((session) => session.signOut()).catch(() => {});
    navigate("/");
  };

  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="site-header">
        <NavLink href="/" class="brand" end>
          Slotbook
        </NavLink>
        <nav aria-label="Main">
          <ul>
            <Switch>
              <Match when={currentUser()?.role === "admin"}>
                <li>
                  <NavLink href="/admin" end>
                    Dashboard
                  </NavLink>
                </li>
              </Match>
              <Match when={currentUser()}>
                <li>
                  <NavLink href="/me/bookings">My bookings</NavLink>
                </li>
                <li>
                  <NavLink href="/me/waitlist">My waitlist</NavLink>
                </li>
                <li>
                  <NavLink href="/me/account">Account</NavLink>
                </li>
              </Match>
              <Match when={true}>
                <li>
                  <NavLink href="/signin">Sign in</NavLink>
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
            <NavLink href="/admin">Organiser sign-in</NavLink>
          </Show>
        </p>
      </footer>
    </>
  );
}
