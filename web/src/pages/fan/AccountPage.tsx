import { useNavigate } from "@solidjs/router";
import { createResource } from "solid-js";
import { getProfile } from "../../api/account";
import { signOut } from "../../auth/session";
import Async from "../../components/Async";
import PageHeading from "../../components/PageHeading";
import RequireRole from "../../components/RequireRole";
import PasswordForm from "./PasswordForm";
import ProfileForm from "./ProfileForm";

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
      <PageHeading title="Your account">Your account</PageHeading>
      <Async resource={profile} loading="Loading your profile…" retry={refetch}>
        {(loaded) => <ProfileForm profile={loaded()} />}
      </Async>
      <PasswordForm />
      <h2>Sign out</h2>
      <p>Signing out ends your session on this device.</p>
      <button type="button" class="button-secondary" onClick={() => void signOut().finally(() => navigate("/"))}>
        Sign out
      </button>
    </section>
  );
}
