import { routes } from "../routes";
import { openApiDocument } from "./document";

export const apiInfo = { title: "Slotbook booking API", version: "1.0.0" };

let document: ReturnType<typeof openApiDocument> | undefined;

/**
 * This API's OpenAPI 3.1 document, built from the route table on first use when the code runs from source
 * (the local cloud, the tests). The deployed function never builds it: the bundler puts the document,
 * built once at bundle time, in this module's place (stacks/function-bundling.ts), so the function carries
 * JSON text instead of zod-openapi, classic zod and every route's schemas.
 */
export const apiDocument = () => (document ??= openApiDocument(routes, apiInfo));
