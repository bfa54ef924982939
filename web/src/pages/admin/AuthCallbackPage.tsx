import { useNavigate } from "@solidjs/router";
import { createSignal, Match, onMount, Switch } from "solid-js";
import { completeHostedSignIn } from "../../auth/hosted-ui";
import { signOut } from "../../auth/session";
import { safeReturnPath } from "../../auth/sign-in-href";
import ErrorNotice from "../../components/ErrorNotice";
import Loading from "../../components/Loading";
import PageHeading from "../../components/PageHeading";
import { t } from "../../i18n/t";
import LinkedText from "../../components/LinkedText";

/** Where the hosted UI sends the browser back: swap the one-time code for tokens, then go on. */
export default function AuthCallbackPage() {
  const navigate = useNavigate();
  const [problem, setProblem] = createSignal<unknown>();
  const [notAdmin, setNotAdmin] = createSignal(false);
  onMount(async () => {
    const search = new URLSearchParams(location.search);
    // The code is single-use, but it still has no business staying in the address bar or the history.
    history.replaceState(history.state, "", location.pathname);
    try {
      const { user, returnTo } = await completeHostedSignIn(search);
      if (user.role !== "admin") {
        setNotAdmin(true);
        await signOut().catch(() => {});
        return;
      }
      navigate(safeReturnPath(returnTo, "/admin"), { replace: true });
    } catch (error) {
      setProblem(() => error);
    }
  });
  return (
    <Switch fallback={<Loading label={t("Signing you in…")} />}>
      <Match when={notAdmin()}>
        <PageHeading title={t("Not an organiser account")}>{t("Not an organiser account")}</PageHeading>
        <p>
          <LinkedText text={t("That account can't manage events. Fans sign in <a>here</a>.")} hrefs={["/signin"]} />
        </p>
      </Match>
      <Match when={problem()}>
        <PageHeading title={t("Sign-in failed")}>{t("Sign-in failed")}</PageHeading>
        <ErrorNotice error={problem()} />
        <p>
          <a href="/admin/signin">{t("Try signing in again")}</a>.
        </p>
      </Match>
    </Switch>
  );
}
