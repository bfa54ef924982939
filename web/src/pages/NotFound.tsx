import { A } from "@solidjs/router";

export default function NotFound() {
  return (
    <main>
      <h1>Page not found</h1>
      <p>
        <A href="/">Back to the start page</A>
      </p>
    </main>
  );
}
