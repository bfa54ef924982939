// cognito-local's AdminListGroupsForUser compares group members (usernames) with the name it was given, so
// an account asked for by its email (the pool's sign-in alias) is in no group. Cognito resolves the alias
// first; so does this. Plain JavaScript: it runs in the emulator's own process (cognito-launcher.mjs).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { Targets } = require("cognito-local/lib/targets/targets.js");
const { UserNotFoundError } = require("cognito-local/lib/errors.js");
const { groupToResponseObject } = require("cognito-local/lib/targets/responses.js");

Targets.AdminListGroupsForUser = ({ cognito }) => async (ctx, req) => {
  const userPool = await cognito.getUserPool(ctx, req.UserPoolId);
  const user = await userPool.getUserByUsername(ctx, req.Username);
  if (!user) throw new UserNotFoundError();
  const groups = await userPool.listGroups(ctx);
  return { Groups: groups.filter((group) => group.members?.includes(user.Username)).map(groupToResponseObject(req.UserPoolId)) };
};
