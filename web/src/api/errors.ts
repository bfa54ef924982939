import { apiErrorText, t } from "../i18n/t";

export interface FieldProblem {
  path: string;
  message: string;
}

export interface ApiErrorBody {
  error: { code: string; message: string; details?: FieldProblem[] };
}

/** An API answer other than 2xx, carrying the contract's error body (or a stand-in when there was none). */
export class ApiError extends Error {
  readonly code: string;
  readonly details: FieldProblem[];

  constructor(readonly status: number, body: ApiErrorBody) {
    super(body.error.message);
    this.code = body.error.code;
    this.details = body.error.details ?? [];
  }
}

export const unreachable = () =>
  new ApiError(0, { error: { code: "UNAVAILABLE", message: t("Can't reach the booking service. Check your connection and try again.") } });

/** Something a user can read, whatever was thrown (an API error in the page's language: its words by code). */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError && error.status) return apiErrorText(error.code) ?? error.message;
  if (error instanceof Error && error.message) return error.message;
  return t("Something went wrong. Please try again.");
}

/** The message the API gave for one field (`slots.0.endTime`), if any. */
export function fieldError(error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.details.find((detail) => detail.path === path)?.message;
}
