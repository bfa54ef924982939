import PageHeading from "../../components/PageHeading";
import { useAfterSignIn } from "./after-sign-in";
import SignUpForm from "./SignUpForm";
import { t } from "../../i18n/t";
import LinkedText from "../../components/LinkedText";

export default function SignUpPage() {
  const afterSignIn = useAfterSignIn();
  return (
    <section class="narrow">
      <PageHeading title={t("Create an account")}>{t("Create an account")}</PageHeading>
      <SignUpForm onSignedIn={afterSignIn} />
      <p>
        <LinkedText text={t("Already have one? <a>Sign in</a>.")} hrefs={["/signin"]} />
      </p>
    </section>
  );
}
