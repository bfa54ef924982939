import { useNavigate } from "@solidjs/router";
import { createResource } from "solid-js";
import { getProfile } from "../../api/account";
import { signOut } from "../../auth/session";
import Async from "../../components/Async";
import PageHeading from "../../components/PageHeading";
import RequireRole from "../../components/RequireRole";
import PasswordForm from "./PasswordForm";
import ProfileForm from "./ProfileForm";
import { t } from "../../i18n/t";

export default function AccountPage() {
  return (
    <RequireRole>
      <Account />
    </RequireRole>
  );
}

function Account() {
  const navigate = useNavigate();
  const [profile, { refetch }] = createResource(getProfile);
  return (
    <section class="narrow">
      <PageHeading title={t("Your account")}>{t("Your account")}</PageHeading>
      <Async resource={profile} loading={t("Loading your profile…")} retry={refetch}>
        {(loaded) => <ProfileForm profile={loaded()} />}
      </Async>
      <PasswordForm />
      <h2>{t("Sign out")}</h2>
      <p>{t("Signing out ends your session on this device.")}</p>
      <button type="button" class="button-secondary" onClick={() => void signOut().finally(() => navigate("/"))}>
        {t("Sign out")}
      </button>
    </section>
  );
}
