import { useNavigate } from "@solidjs/router";
import { createEvent } from "../../api/admin-events";
import PageHeading from "../../components/PageHeading";
import RequireRole from "../../components/RequireRole";
import EventForm from "./EventForm";

export default function NewEventPage() {
  const navigate = useNavigate();
  return (
    <RequireRole role="admin">
      <p class="breadcrumb">
        <a href="/admin">Your events</a>
      </p>
      <PageHeading title="New event">New event</PageHeading>
      <p>It stays a draft, visible only to you, until you publish it.</p>
      <EventForm
        submitLabel="Create event"
        onSave={async (input) => {
          const event = await createEvent(input);
          navigate(`/admin/events/${encodeURIComponent(event.id)}`, { state: { created: true } });
        }}
      />
    </RequireRole>
  );
}
