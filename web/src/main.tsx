import { Router, type RouteDefinition } from "@solidjs/router";
import { lazy, type Component } from "solid-js";
import { render } from "solid-js/web";
import { appPaths } from "@slotbook/contract/site-paths";
import { notFoundPath } from "../site-routes";
import { hasStoredSession, setSessionRestored } from "./auth/session-state";
import Layout from "./components/Layout";
import { locale } from "./i18n/locale";
import { setDictionary } from "./i18n/t";
import { viewerTimeZone } from "./lib/time";

/**
 * Each of the site's pages (the contract's appPaths names them all) and its chunk: every page is its own, so the
 * public event page downloads only what it shows; the admin and fan areas load when someone goes there.
 */
const pages: Record<keyof typeof appPaths, () => Promise<{ default: Component }>> = {
  home: () => import("./pages/public/Home"),
  event: () => import("./pages/public/EventPage"),
  signIn: () => import("./pages/account/SignInPage"),
  signUp: () => import("./pages/account/SignUpPage"),
  forgotPassword: () => import("./pages/account/ForgotPasswordPage"),
  resetPassword: () => import("./pages/account/ResetPasswordPage"),
  myBookings: () => import("./pages/fan/MyBookingsPage"),
  myBooking: () => import("./pages/fan/BookingPage"),
  myWaitlist: () => import("./pages/fan/MyWaitlistPage"),
  claimOffer: () => import("./pages/fan/ClaimOfferPage"),
  account: () => import("./pages/fan/AccountPage"),
  release: () => import("./pages/fan/ReleasePage"),
  adminSignIn: () => import("./pages/admin/AdminSignInPage"),
  authCallback: () => import("./pages/admin/AuthCallbackPage"),
  admin: () => import("./pages/admin/AdminEventsPage"),
  newEvent: () => import("./pages/admin/NewEventPage"),
  adminEvent: () => import("./pages/admin/AdminEventPage"),
  checkIn: () => import("./pages/admin/CheckInPage"),
};
const EventPage = lazy(pages.event);
const NotFoundPage = lazy(() => import("./pages/NotFoundPage"));
/** The router's table, built from the one list of paths: every page lazy, the event page the one preloaded. */
const routes: RouteDefinition[] = [
  ...Object.entries(appPaths).map(([name, path]) => ({ path, component: name === "event" ? EventPage : lazy(pages[name as keyof typeof appPaths]) })),
  { path: notFoundPath, component: NotFoundPage },
];

// A stored session is restored (silently refreshed); without one, the session's code isn't even loaded.
if (hasStoredSession()) void import("./auth/session").then((session) => session.restoreSession(), () => setSessionRestored(true));
else setSessionRestored(true);

document.documentElement.lang = locale;
// A German page's words load before its first render (English, the keys themselves, loads nothing); if they
// can't be loaded, the page shows in English rather than not at all.
const words = locale === "de" ? import("./i18n/de").then((german) => setDictionary(german.default, german.apiErrors), () => {}) : undefined;

const root = document.getElementById("root")!;
/**
 * A pre-rendered page (a share page, or the 404 page: packages/core/src/pages/share-page.ts) shows its content
 * before any script runs. The app takes it over: with the page's code loaded first (the share page preloads
 * it), its first render is synchronous, so the pre-rendered markup is swapped for the app's identical markup
 * within one task, before the next paint: nothing flashes and nothing moves. (The pre-rendered page is English,
 * for crawlers: on a German page the words change in that same swap.)
 */
const prerendered = root.getAttribute("data-prerendered");
/** Lets the browser handle input and paint between start-up steps, so no one step blocks the page for long. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve));
/**
 * Resolves once the browser has shown the page: its first contentful paint is reported (at once where paint
 * timing is not supported). Taking a pre-rendered page over before that could swap its nodes while their first
 * paint is still being reported, and the browser would then time the page's largest paint by the app's copy.
 */
const firstPaintShown = () =>
  new Promise<void>((resolve) => {
    if (!PerformanceObserver.supportedEntryTypes?.includes("paint")) return resolve();
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName("first-contentful-paint").length === 0) return;
      observer.disconnect();
      resolve();
    }).observe({ type: "paint", buffered: true });
  });
// (Not a top-level await: lazy pages import shared modules from this entry, which must not wait on them.)
if (prerendered) {
  void Promise.all([(prerendered === "event" || location.pathname.startsWith("/e/") ? EventPage : NotFoundPage).preload(), words, firstPaintShown()])
    .then(yieldToPage)
    // The first date formatting loads the page's locale data, start-up's longest step: a task of its own.
    .then(viewerTimeZone)
    .then(yieldToPage)
    .then(start, start);
} else if (words) void words.then(start);
else start();

// The paths are the site's one list (the contract's appPaths), shared with CloudFront's routing and the local servers.
function start() {
  root.textContent = "";
  render(
    () => (
      <Router root={Layout}>{routes}</Router>
    ),
    root,
  );
}
