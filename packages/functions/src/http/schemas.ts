import * as z from "zod";

/** The contract's error body, on every error of every route. */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: "VALIDATION_FAILED" }),
      message: z.string(),
      details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: "ErrorBody" });

export type ErrorBody = z.infer<typeof errorBodySchema>;

export const healthSchema = z.object({ status: z.literal("ok") }).meta({ id: "Health" });

/** `GET /api/health?deep=1`: also check that every dependency answers (a readiness check). */
export const healthQuery = z.object({
  deep: z
    .enum(["1", "true", "0", "false"])
    .optional()
    .meta({ description: "`1`: also check DynamoDB, Cognito and SES; 200 with each check, or 503 UNAVAILABLE (with Retry-After) naming the one that is down." }),
});

const dependencyChecksSchema = z.object({ dynamodb: z.enum(["ok", "down"]), cognito: z.enum(["ok", "down"]), ses: z.enum(["ok", "down"]) });

export const healthReportSchema = z.object({ status: z.literal("ok"), checks: dependencyChecksSchema }).meta({ id: "HealthReport" });

/** The deep check's 503: the contract's error body, plus the report. */
export const healthDegradedSchema = errorBodySchema
  .extend({ status: z.literal("degraded"), checks: dependencyChecksSchema })
  .meta({ id: "HealthDegraded" });

export const sessionSchema = z
  .object({
    id: z.string(),
    role: z.enum(["admin", "fan"]),
  })
  .meta({ id: "Session" });
