import type { SSTConfig } from "sst";
import { Storage } from "./stacks/Storage";
import { Hosting } from "./stacks/Hosting";
import { Auth } from "./stacks/Auth";
import { Api } from "./stacks/Api";
import { Web } from "./stacks/Web";
import { Notifications } from "./stacks/Notifications";
import { Monitoring } from "./stacks/Monitoring";
import { functionBundling } from "./stacks/function-bundling";
import { retainFunctionLogs } from "./stacks/log-retention";
import { isProduction } from "./stacks/stage";

export default {
  config(input) {
    return {
      name: "slotbook",
      // From the CLI's --region or the environment (CI sets AWS_REGION): never written down here.
      region: input.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION,
    };
  },
  stacks(app) {
    app.setDefaultFunctionProps({
      runtime: "nodejs22.x",
      architecture: "arm_64",
      memorySize: "512 MB",
      // API Gateway gives up after 30 s; a request that takes longer has failed anyway.
      timeout: "10 seconds",
      // Minified ES modules with only what each handler uses (see stacks/function-bundling.ts).
      nodejs: functionBundling,
    });
    // Every other stage is disposable: `sst remove` deletes its data too. Prod keeps its own policies.
    if (!isProduction(app)) app.setDefaultRemovalPolicy("destroy");

    // Every function's logs (and the API's access log) are kept for the stage's retention, not forever.
    retainFunctionLogs(app);

    app.stack(Storage).stack(Hosting).stack(Auth).stack(Api).stack(Notifications).stack(Web).stack(Monitoring);
  },
} satisfies SSTConfig;
