import { z } from "zod";

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

export const sessionSchema = z
  .object({
    id: z.string(),
    role: z.enum(["admin", "fan"]),
  })
  .meta({ id: "Session" });
