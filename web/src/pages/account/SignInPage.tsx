import { useSearchParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import PageHeading from "../../components/PageHeading";
import { useAfterSignIn } from "./after-sign-in";
import CodeSignInForm from "./CodeSignInForm";
import SignInForm from "./SignInForm";
import { t } from "../../i18n/t";
import LinkedText from "../../components/LinkedText";

export default function SignInPage() {
  const [search] = useSearchParams<{ next?: string }>();
  const afterSignIn = useAfterSignIn();
  const signUpHref = () => (search.next ? `/signup?next=${encodeURIComponent(search.next)}` : "/signup");
  // A password first, as most accounts have one; an emailed code instead, for fans (it makes an account too).
  const [byCode, setByCode] = createSignal(false);
  return (
    <section class="narrow">
      <PageHeading title={t("Sign in")}>{t("Sign in")}</PageHeading>
      <Show when={byCode()} fallback={<SignInForm onSignedIn={afterSignIn} />}>
        <CodeSignInForm onSignedIn={afterSignIn} />
      </Show>
      <p>
        <button type="button" class="link-button" onClick={() => setByCode(!byCode())}>
          {byCode() ? t("Sign in with a password instead") : t("Email me a sign-in code instead")}
        </button>
      </p>
      <p>
        <LinkedText text={t("New here? <a>Create an account</a>. Organisers: <a>sign in here</a>.")} hrefs={[signUpHref(), "/admin/signin"]} />
      </p>
    </section>
  );
}
