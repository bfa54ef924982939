/** Where to sign in to reach `returnTo`: admins through the hosted UI page, everyone else the fans' form. */
export function signInHref(returnTo: string): string {
  const page = returnTo.startsWith("/admin") ? "/admin/signin" : "/signin";
  return `${page}?next=${encodeURIComponent(returnTo)}`;
}

/** A `next` parameter, accepted only as a path on this site (never an open redirect to elsewhere). */
export function safeReturnPath(next: string | undefined, fallback: string): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : fallback;
}
