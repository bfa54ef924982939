import { config } from "zod/mini";
import en from "zod/v4/locales/en.js";

/*
 * zod/mini sets no language for the messages it writes itself ("Invalid input: expected string, received
 * number"); classic zod sets English on import. Every schema module of the contract imports this module first,
 * so wherever a contract schema parses, the API's messages are English, as the contract's own are. Listed in
 * package.json's sideEffects, so bundlers keep it.
 */
config(en());
