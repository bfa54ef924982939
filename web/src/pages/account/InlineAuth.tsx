import { createSignal, Show } from "solid-js";
import type { SessionUser } from "../../auth/id-token";
import SignInForm from "./SignInForm";
import SignUpForm from "./SignUpForm";

/** "Sign in or create an account" inside a page, so a visitor never loses the slot they picked. */
export default function InlineAuth(props: { onSignedIn: (user: SessionUser) => void; intro: string }) {
  const [mode, setMode] = createSignal<"signin" | "signup">("signup");
  return (
    <div class="inline-auth">
      <p>{props.intro}</p>
      <div class="segmented" role="group" aria-label="Have an account?">
        <button type="button" aria-pressed={mode() === "signup"} onClick={() => setMode("signup")}>
          I'm new here
        </button>
        <button type="button" aria-pressed={mode() === "signin"} onClick={() => setMode("signin")}>
          I have an account
        </button>
      </div>
      <Show when={mode() === "signin"} fallback={<SignUpForm onSignedIn={props.onSignedIn} />}>
        <SignInForm onSignedIn={props.onSignedIn} />
      </Show>
    </div>
  );
}
