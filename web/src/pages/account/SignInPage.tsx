import { A, useSearchParams } from "@solidjs/router";
import PageHeading from "../../components/PageHeading";
import { useAfterSignIn } from "./after-sign-in";
import SignInForm from "./SignInForm";

export default function SignInPage() {
  const [search] = useSearchParams<{ next?: string }>();
  const afterSignIn = useAfterSignIn();
  const signUpHref = () => (search.next ? `/signup?next=${encodeURIComponent(search.next)}` : "/signup");
  return (
    <section class="narrow">
      <PageHeading title="Sign in">Sign in</PageHeading>
      <SignInForm onSignedIn={afterSignIn} />
      <p>
        New here? <A href={signUpHref()}>Create an account</A>. Organisers: <A href="/admin/signin">sign in here</A>.
      </p>
    </section>
  );
}
