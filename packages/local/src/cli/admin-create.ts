/**
 * `npm run admin:create -- --email E --password P --name N [--stage S]`
 * Creates (or updates) a confirmed admin: in the running local cloud by default, or in a deployed stage's
 * user pool with --stage (needs AWS credentials; the pool is found from that stage's Auth stack outputs).
 */
import { emailSchema, nameSchema, passwordSchema } from "@slotbook/contract";
import { parseArgs } from "node:util";
import * as z from "zod/mini";
import { stageAccounts } from "./stage-accounts";

const usage = "Usage: npm run admin:create -- --email E --password P --name N [--stage S] [--region R]";

const argsSchema = z.object({ email: emailSchema, password: passwordSchema, name: nameSchema, stage: z.optional(z.string().check(z.regex(/^[a-z0-9-]+$/))), region: z.optional(z.string()) });

function fail(message: string): never {
  console.error(`admin:create: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" }, stage: { type: "string" }, region: { type: "string" } },
  strict: true,
});
const parsed = argsSchema.safeParse(values);
if (!parsed.success) {
  fail(`${parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("; ")}\n${usage}`);
}
const args = parsed.data;

const target = await stageAccounts(args).catch((error: Error) => fail(error.message));
const result = await target.accounts.createConfirmed({ email: args.email, password: args.password, name: args.name }, "admin");
console.log(`${result.created ? "Created" : "Updated"} admin ${args.email} (id ${result.id}) in ${target.where}.`);
target.close();
