import * as z from "zod/mini";
import { roles } from "../roles";

/** The contract's error body, on every error of every route. */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().check(z.meta({ example: "VALIDATION_FAILED" })),
      message: z.string(),
      details: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
    }),
  })
  // Registered in place, not with a meta check: z.extend refuses a schema that has checks (healthDegradedSchema).
  .register(z.globalRegistry, { id: "ErrorBody" });

export type ErrorBody = z.infer<typeof errorBodySchema>;

export const healthSchema = z.object({ status: z.literal("ok") }).check(z.meta({ id: "Health" }));

const dependencyChecksSchema = z.object({ dynamodb: z.enum(["ok", "down"]), cognito: z.enum(["ok", "down"]), ses: z.enum(["ok", "down"]) });

export const healthReportSchema = z.object({ status: z.literal("ok"), checks: dependencyChecksSchema }).check(z.meta({ id: "HealthReport" }));

/** The deep check's 503: the contract's error body, plus the report. */
export const healthDegradedSchema = z
  .extend(errorBodySchema, { status: z.literal("degraded"), checks: dependencyChecksSchema })
  .check(z.meta({ id: "HealthDegraded" }));

/** `GET /api/auth/session`: who the token belongs to. */
export const sessionSchema = z.object({ id: z.string(), role: z.enum(roles) }).check(z.meta({ id: "Session" }));
