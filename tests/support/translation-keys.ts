import ts from "typescript";

/** One call of the translation function `t`, found in a source file. */
export interface TranslationCall {
  file: string;
  line: number;
  /** The key, when the first argument is a plain string literal (the only kind a scan can read). */
  key?: string;
  /** The argument as written, when it is anything else. */
  other?: string;
}

/**
 * Every `t(…)` call in one source file, read with TypeScript's parser (so comments, strings that merely
 * contain "t(" and JSX text are not mistaken for calls). English-as-key dictionaries stay checkable only
 * while keys are literals: a call with anything else is reported as `other`.
 */
export function translationCalls(file: string, source: string): TranslationCall[] {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const parsed = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const calls: TranslationCall[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "t") {
      const first = node.arguments[0];
      const line = parsed.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) calls.push({ file, line, key: first.text });
      else calls.push({ file, line, other: first?.getText() ?? "(nothing)" });
    }
    ts.forEachChild(node, visit);
  };
  visit(parsed);
  return calls;
}

/** The `{{name}}` slots a text has, as one comparable string. */
const slotsOf = (text: string) => [...new Set([...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]))].sort().join(", ");

/**
 * What a dictionary lacks, what it holds that no code asks for, the calls whose key can't be read, and the
 * entries whose translation fills other slots than its English (a `{{count}}` lost or misspelt).
 */
export function dictionaryGaps(calls: TranslationCall[], dictionary: Record<string, string>) {
  const used = new Set(calls.flatMap((call) => (call.key === undefined ? [] : [call.key])));
  return {
    missing: [...used].filter((key) => !Object.hasOwn(dictionary, key)).sort(),
    unused: Object.keys(dictionary).filter((key) => !used.has(key)).sort(),
    notLiteral: calls.filter((call) => call.key === undefined).map((call) => `${call.file}:${call.line}: t(${call.other})`),
    otherSlots: Object.entries(dictionary)
      .filter(([english, german]) => !german.trim() || slotsOf(english) !== slotsOf(german))
      .map(([english, german]) => `${JSON.stringify(english)} → ${JSON.stringify(german)}`),
  };
}
