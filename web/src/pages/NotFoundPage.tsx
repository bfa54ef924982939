import PageHeading from "../components/PageHeading";

export default function NotFoundPage() {
  return (
    <>
      <PageHeading title="Page not found">Page not found</PageHeading>
      <p>
        There's nothing at this address. <a href="/">See upcoming events</a>.
      </p>
    </>
  );
}
