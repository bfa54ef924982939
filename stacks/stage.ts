import { RemovalPolicy } from "aws-cdk-lib";
import type { App } from "sst/constructs";

/** The one stage whose data and users are real: retained on `sst remove`, guarded against deletion. */
export const productionStage = "prod";

export const isProduction = (app: App): boolean => app.stage === productionStage;

/** Stateful resources survive on prod; every other stage (staging, pr-N, personal) is disposable. */
export const statefulRemovalPolicy = (app: App): RemovalPolicy =>
  isProduction(app) ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

/** The vite dev server (`npm start`), allowed as an extra browser origin on non-prod stages only. */
export const localDevOrigin = "http://localhost:5173";

/** Browser origins of the app on this stage: the site, plus the local dev server off prod. */
export const browserOrigins = (app: App, siteUrl: string): string[] =>
  isProduction(app) ? [siteUrl] : [siteUrl, localDevOrigin];

/** Stages that own their SES sender identity (an identity is per account, so preview stages share staging's). */
export const senderOwningStages = [productionStage, "staging"];
export const ownsSenderIdentity = (app: App): boolean => senderOwningStages.includes(app.stage);
