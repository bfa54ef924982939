import { Route, Router } from "@solidjs/router";
import { lazy } from "solid-js";
import { render } from "solid-js/web";
import { restoreSession } from "./auth/session";
import Layout from "./components/Layout";

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
const AccountPage = lazy(() => import("./pages/fan/AccountPage"));
const AdminSignInPage = lazy(() => import("./pages/admin/AdminSignInPage"));
const AuthCallbackPage = lazy(() => import("./pages/admin/AuthCallbackPage"));
const AdminEventsPage = lazy(() => import("./pages/admin/AdminEventsPage"));
const NewEventPage = lazy(() => import("./pages/admin/NewEventPage"));
const AdminEventPage = lazy(() => import("./pages/admin/AdminEventPage"));
const NotFoundPage = lazy(() => import("./pages/NotFoundPage"));

void restoreSession();

render(
  () => (
    <Router root={Layout}>
      <Route path="/" component={Home} />
      <Route path="/e/:slug" component={EventPage} />
      <Route path="/signin" component={SignInPage} />
      <Route path="/signup" component={SignUpPage} />
      <Route path="/forgot-password" component={ForgotPasswordPage} />
      <Route path="/reset-password" component={ResetPasswordPage} />
      <Route path="/me/bookings" component={MyBookingsPage} />
      <Route path="/me/account" component={AccountPage} />
      <Route path="/admin/signin" component={AdminSignInPage} />
      <Route path="/auth/callback" component={AuthCallbackPage} />
      <Route path="/admin" component={AdminEventsPage} />
      <Route path="/admin/events/new" component={NewEventPage} />
      <Route path="/admin/events/:id" component={AdminEventPage} />
      <Route path="*404" component={NotFoundPage} />
    </Router>
  ),
  document.getElementById("root")!,
);
