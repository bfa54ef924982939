/**
 * Lambda event-filtering, locally: a pattern is a nested object whose leaves are arrays of allowed values;
 * a record matches when every leaf of the pattern finds its value at the same path. (The subset of the
 * EventBridge pattern syntax the notifier's filters use: exact values.)
 */
export type FilterPattern = { readonly [key: string]: FilterPattern | readonly (string | number | boolean)[] };

export function matchesPattern(value: unknown, pattern: FilterPattern): boolean {
  return Object.entries(pattern).every(([key, expected]) => {
    const actual = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
    if (Array.isArray(expected)) return expected.includes(actual as string);
    return matchesPattern(actual, expected as FilterPattern);
  });
}

export const matchesAny = (value: unknown, patterns: readonly FilterPattern[]) => patterns.some((pattern) => matchesPattern(value, pattern));
