import { createSignal, Match, Switch } from "solid-js";
import type { SessionUser } from "../../auth/id-token";
import CodeSignInForm from "./CodeSignInForm";
import SignInForm from "./SignInForm";
import SignUpForm from "./SignUpForm";
import { t } from "../../i18n/t";

/** How the visitor signed in: an emailed code, a password, or a new password account. */
export type SignInWay = "code" | "password" | "signup";

/**
 * "Sign in or create an account" inside a page, so a visitor never loses the slot they picked. An emailed
 * code comes first (one email field, then the code: no password on a phone, and it makes a new account too);
 * a password and a password account are a tap away.
 */
export default function InlineAuth(props: { onSignedIn: (user: SessionUser, way: SignInWay) => void; intro: string; codeSignInLabel?: string }) {
  const [mode, setMode] = createSignal<SignInWay>("code");
  return (
    <div class="inline-auth">
      <p>{props.intro}</p>
      <div class="segmented" role="group" aria-label={t("How to sign in")}>
        <button type="button" aria-pressed={mode() === "code"} onClick={() => setMode("code")}>
          {t("Email a code")}
        </button>
        <button type="button" aria-pressed={mode() === "password"} onClick={() => setMode("password")}>
          {t("Password")}
        </button>
        <button type="button" aria-pressed={mode() === "signup"} onClick={() => setMode("signup")}>
          {t("New account")}
        </button>
      </div>
      <Switch>
        <Match when={mode() === "code"}>
          <CodeSignInForm onSignedIn={(user) => props.onSignedIn(user, "code")} signInLabel={props.codeSignInLabel} />
        </Match>
        <Match when={mode() === "password"}>
          <SignInForm onSignedIn={(user) => props.onSignedIn(user, "password")} />
        </Match>
        <Match when={mode() === "signup"}>
          <SignUpForm onSignedIn={(user) => props.onSignedIn(user, "signup")} />
        </Match>
      </Switch>
    </div>
  );
}
