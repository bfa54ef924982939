import { useNavigate } from "@solidjs/router";
import { createEvent } from "../../api/admin-events";
import PageHeading from "../../components/PageHeading";
import RequireRole from "../../components/RequireRole";
import EventForm from "./EventForm";
import { t } from "../../i18n/t";
import { adminEventPage } from "@slotbook/contract/site-paths";

export default function NewEventPage() {
  const navigate = useNavigate();
  return (
    <RequireRole role="admin">
      <p class="breadcrumb">
        <a href="/admin">{t("Your events")}</a>
      </p>
      <PageHeading title={t("New event")}>{t("New event")}</PageHeading>
      <p>{t("It stays a draft, visible only to you, until you publish it.")}</p>
      <EventForm
        submitLabel={t("Create event")}
        onSave={async (input) => {
          const event = await createEvent(input);
          navigate(adminEventPage(event.id), { state: { created: true } });
        }}
      />
    </RequireRole>
  );
}
