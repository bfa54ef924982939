import { useNavigate, useSearchParams } from "@solidjs/router";
import { safeReturnPath } from "../../auth/sign-in-href";
import type { SessionUser } from "../../auth/id-token";
import { appPaths } from "@slotbook/contract/site-paths";

/** After signing in on a page of its own: back to where the visitor was going, or their home area. */
export function useAfterSignIn() {
  const navigate = useNavigate();
  const [search] = useSearchParams<{ next?: string }>();
  return (user: SessionUser) => navigate(safeReturnPath(search.next, user.role === "admin" ? appPaths.admin : appPaths.myBookings), { replace: true });
}
