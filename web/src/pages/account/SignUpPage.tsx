import PageHeading from "../../components/PageHeading";
import { useAfterSignIn } from "./after-sign-in";
import SignUpForm from "./SignUpForm";

export default function SignUpPage() {
  const afterSignIn = useAfterSignIn();
  return (
    <section class="narrow">
      <PageHeading title="Create an account">Create an account</PageHeading>
      <SignUpForm onSignedIn={afterSignIn} />
      <p>
        Already have one? <a href="/signin">Sign in</a>.
      </p>
    </section>
  );
}
