import { useSearchParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import PageHeading from "../../components/PageHeading";
import { useAfterSignIn } from "./after-sign-in";
import CodeSignInForm from "./CodeSignInForm";
import SignInForm from "./SignInForm";

export default function SignInPage() {
  const [search] = useSearchParams<{ next?: string }>();
  const afterSignIn = useAfterSignIn();
  const signUpHref = () => (search.next ? `/signup?next=${encodeURIComponent(search.next)}` : "/signup");
  // A password first, as most accounts have one; an emailed code instead, for fans (it makes an account too).
  const [byCode, setByCode] = createSignal(false);
  return (
    <section class="narrow">
      <PageHeading title="Sign in">Sign in</PageHeading>
      <Show when={byCode()} fallback={<SignInForm onSignedIn={afterSignIn} />}>
        <CodeSignInForm onSignedIn={afterSignIn} />
      </Show>
      <p>
        <button type="button" class="link-button" onClick={() => setByCode(!byCode())}>
          {byCode() ? "Sign in with a password instead" : "Email me a sign-in code instead"}
        </button>
      </p>
      <p>
        New here? <a href={signUpHref()}>Create an account</a>. Organisers: <a href="/admin/signin">sign in here</a>.
      </p>
    </section>
  );
}
