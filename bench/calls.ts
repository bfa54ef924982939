import { budgetedServices, type BudgetedService } from "@slotbook/core";

/** The access log's field for each service's count (packages/functions/src/http/middleware/access-log.ts). */
const logField: Record<BudgetedService, string> = { dynamodb: "dynamoCalls", cognito: "cognitoCalls", ses: "sesCalls" };
const heading: Record<BudgetedService, string> = { dynamodb: "DynamoDB", cognito: "Cognito", ses: "SES" };

export type CallsPerRoute = Map<string, Record<BudgetedService, number[]>>;

/** Each request's AWS calls by service, grouped by route, from the handlers' JSON log lines. */
export function callsPerRoute(log: string): CallsPerRoute {
  const calls: CallsPerRoute = new Map();
  for (const line of log.split("\n")) {
    if (!line.includes('"message":"request"')) continue;
    const entry = JSON.parse(line) as Record<string, unknown> & { route: string };
    if (!calls.has(entry.route)) calls.set(entry.route, { dynamodb: [], cognito: [], ses: [] });
    for (const service of budgetedServices) calls.get(entry.route)![service].push(Number(entry[logField[service]] ?? 0));
  }
  return calls;
}

/** A Markdown table: per route, its request count and min–max calls per request for each service. */
export function callsTable(calls: CallsPerRoute): string[] {
  const range = (counts: number[]) => {
    const [min, max] = [Math.min(...counts), Math.max(...counts)];
    return min === max ? `${min}` : `${min}–${max}`;
  };
  return [
    `| route | requests | ${budgetedServices.map((service) => heading[service]).join(" | ")} |`,
    `|---|---|${budgetedServices.map(() => "---").join("|")}|`,
    ...[...calls]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([route, counts]) => `| ${route} | ${counts.dynamodb.length} | ${budgetedServices.map((service) => range(counts[service])).join(" | ")} |`),
  ];
}
