import { Route, Router } from "@solidjs/router";
import { lazy } from "solid-js";
import { render } from "solid-js/web";
import { appPaths, notFoundPath } from "../site-routes";
import { hasStoredSession, setSessionRestored } from "./auth/session-state";
import Layout from "./components/Layout";
import { viewerTimeZone } from "./lib/time";

/**
 * Every page is its own chunk, so the public event page downloads only what it shows; the admin area and
 * the fan area load when someone goes there.
 */
const Home = lazy(() => import("./pages/public/Home"));
const EventPage = lazy(() => import("./pages/public/EventPage"));
const SignInPage = lazy(() => import("./pages/account/SignInPage"));
const SignUpPage = lazy(() => import("./pages/account/SignUpPage"));
const ForgotPasswordPage = lazy(() => import("./pages/account/ForgotPasswordPage"));
const ResetPasswordPage = lazy(() => import("./pages/account/ResetPasswordPage"));
const MyBookingsPage = lazy(() => import("./pages/fan/MyBookingsPage"));
const BookingPage = lazy(() => import("./pages/fan/BookingPage"));
const AccountPage = lazy(() => import("./pages/fan/AccountPage"));
const MyWaitlistPage = lazy(() => import("./pages/fan/MyWaitlistPage"));
const ClaimOfferPage = lazy(() => import("./pages/fan/ClaimOfferPage"));
const ReleasePage = lazy(() => import("./pages/fan/ReleasePage"));
const AdminSignInPage = lazy(() => import("./pages/admin/AdminSignInPage"));
const AuthCallbackPage = lazy(() => import("./pages/admin/AuthCallbackPage"));
const AdminEventsPage = lazy(() => import("./pages/admin/AdminEventsPage"));
const NewEventPage = lazy(() => import("./pages/admin/NewEventPage"));
const AdminEventPage = lazy(() => import("./pages/admin/AdminEventPage"));
const CheckInPage = lazy(() => import("./pages/admin/CheckInPage"));
const NotFoundPage = lazy(() => import("./pages/NotFoundPage"));

// A stored session is restored (silently refreshed); without one, the session's code isn't even loaded.
if (hasStoredSession()) void import("./auth/session").then((session) => session.restoreSession(), () => setSessionRestored(true));
else setSessionRestored(true);

const root = document.getElementById("root")!;
/**
 * A pre-rendered page (a share page, or the 404 page: packages/core/src/pages/share-page.ts) shows its content
 * before any script runs. The app takes it over: with the page's code loaded first (the share page preloads
 * it), its first render is synchronous, so the pre-rendered markup is swapped for the app's identical markup
 * within one task, before the next paint: nothing flashes and nothing moves.
 */
const prerendered = root.getAttribute("data-prerendered");
/** Lets the browser handle input and paint between start-up steps, so no one step blocks the page for long. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve));
// (Not a top-level await: lazy pages import shared modules from this entry, which must not wait on them.)
if (prerendered) {
  void (prerendered === "event" || location.pathname.startsWith("/e/") ? EventPage : NotFoundPage)
    .preload()
    .then(yieldToPage)
    // The first date formatting loads the browser's locale data, start-up's longest step: a task of its own.
    .then(viewerTimeZone)
    .then(yieldToPage)
    .then(start, start);
} else start();

// The paths are the site's one list (../site-routes.ts), shared with CloudFront's routing and the local servers.
function start() {
  root.textContent = "";
  render(
    () => (
      <Router root={Layout}>
        <Route path={appPaths.home} component={Home} />
        <Route path={appPaths.event} component={EventPage} />
        <Route path={appPaths.signIn} component={SignInPage} />
        <Route path={appPaths.signUp} component={SignUpPage} />
        <Route path={appPaths.forgotPassword} component={ForgotPasswordPage} />
        <Route path={appPaths.resetPassword} component={ResetPasswordPage} />
        <Route path={appPaths.myBookings} component={MyBookingsPage} />
        <Route path={appPaths.myBooking} component={BookingPage} />
        <Route path={appPaths.myWaitlist} component={MyWaitlistPage} />
        <Route path={appPaths.claimOffer} component={ClaimOfferPage} />
        <Route path={appPaths.account} component={AccountPage} />
        <Route path={appPaths.release} component={ReleasePage} />
        <Route path={appPaths.adminSignIn} component={AdminSignInPage} />
        <Route path={appPaths.authCallback} component={AuthCallbackPage} />
        <Route path={appPaths.admin} component={AdminEventsPage} />
        <Route path={appPaths.newEvent} component={NewEventPage} />
        <Route path={appPaths.adminEvent} component={AdminEventPage} />
        <Route path={appPaths.checkIn} component={CheckInPage} />
        <Route path={notFoundPath} component={NotFoundPage} />
      </Router>
    ),
    root,
  );
}
