import type { Template } from "aws-cdk-lib/assertions";

/** A CloudFormation resource as found in a synthesized template. */
export interface CfnResource {
  Type: string;
  Properties: Record<string, any>;
  DeletionPolicy?: string;
}

export function resourcesOf(template: Template, type: string): Record<string, CfnResource> {
  return template.findResources(type) as Record<string, CfnResource>;
}

export function onlyResourceOf(template: Template, type: string): [string, CfnResource] {
  const entries = Object.entries(resourcesOf(template, type));
  if (entries.length !== 1) throw new Error(`Expected exactly one ${type}, found ${entries.length}.`);
  return entries[0]!;
}

export function resourceById(template: Template, logicalId: string): CfnResource {
  const resource = (template.toJSON().Resources as Record<string, CfnResource>)[logicalId];
  if (!resource) throw new Error(`No resource ${logicalId} in the template.`);
  return resource;
}

/** `{ "Fn::ImportValue": "test-slotbook-Auth:ExportsOutputRefUsersUserPool…" }` → the export's name. */
export function importedExport(value: unknown): string | undefined {
  if (value && typeof value === "object" && "Fn::ImportValue" in value) {
    const name = (value as { "Fn::ImportValue": unknown })["Fn::ImportValue"];
    return typeof name === "string" ? name : undefined;
  }
  return undefined;
}

/** Every export imported anywhere inside a property value (through Fn::Join and the like). */
export function importedExports(value: unknown): string[] {
  const direct = importedExport(value);
  if (direct) return [direct];
  if (Array.isArray(value)) return value.flatMap(importedExports);
  if (value && typeof value === "object") return Object.values(value).flatMap(importedExports);
  return [];
}

/** Lambda functions made by SST's Function construct (the app's own code), not CDK/SST helper lambdas. */
export function appFunctions(template: Template): Record<string, CfnResource> {
  return Object.fromEntries(
    Object.entries(resourcesOf(template, "AWS::Lambda::Function")).filter(
      ([, fn]) => fn.Properties.Environment?.Variables?.SST_APP !== undefined,
    ),
  );
}
