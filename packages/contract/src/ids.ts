import * as z from "zod/mini";
import "./english";
import { idPattern, slugPattern } from "./patterns";

/* Ids and slugs as requests carry them (a path, a slot to book): a module of their own, as most routes take one. */

export const idSchema = z.string().check(z.regex(idPattern, "Not a valid id."));
export const slugSchema = z.string().check(z.regex(slugPattern, "Not a valid event address."));
