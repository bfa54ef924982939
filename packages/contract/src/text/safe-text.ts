import * as z from "zod/mini";
import "../english";

/**
 * The one schema for human text (titles, names, descriptions, answers): what the safety rules refuse,
 * refused in one place. Control characters (C0, DEL, C1; a multi-line text keeps its line breaks),
 * bidirectional overrides and isolates (text that reads differently from what it is), lone surrogates
 * (not encodable as UTF-8, so never safely mailed or stored) and text with nothing visible in it.
 */
/** With the u flag a regex sees code points, so only an unpaired surrogate is one of these. */
const loneSurrogate = /\p{Cs}/u;
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/u;
const lineSeparators = /[\u2028\u2029]/u;
const controlsExceptNewline = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u;
const anyControl = /[\u0000-\u001F\u007F-\u009F]/u;
/** Whitespace, format and default-ignorable code points: none of them shows a reader anything. */
const invisible = /[\s\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

export interface SafeTextOptions {
  max: number;
  /** Said when the text is empty or shows nothing: "Enter a title." */
  required?: string;
  /** A description may keep line breaks (CRLF is stored as LF) and is stored untrimmed. */
  multiline?: boolean;
}

/** Why a text is refused, or undefined when it is fine. Exported for the web app's forms and the tests. */
export function textProblem(value: string, options: { multiline?: boolean } = {}): string | undefined {
  if (loneSurrogate.test(value)) return "Remove the broken character (an unpaired surrogate).";
  if ((options.multiline ? controlsExceptNewline : anyControl).test(value)) {
    return options.multiline ? "Remove control characters (line breaks are fine)." : "Remove control characters and line breaks.";
  }
  if (lineSeparators.test(value) && !options.multiline) return "Remove line breaks.";
  if (bidiControls.test(value)) return "Remove bidirectional override characters.";
  return undefined;
}

/** Whether a text shows nothing at all (blank, or only invisible characters). */
export const isInvisible = (value: string) => value.replace(invisible, "").length === 0;

export function safeText(options: SafeTextOptions) {
  return z
    // A one-line text is trimmed; a multi-line one keeps its layout (indents, blank lines), CRLF stored as LF.
    .pipe(z.string(), z.transform((value: string) => (options.multiline ? value.replace(/\r\n/g, "\n") : value.trim())))
    .check((ctx) => {
      const problem = textProblem(ctx.value, options);
      if (problem) ctx.issues.push({ code: "custom", message: problem, input: ctx.value });
      else if (options.required && isInvisible(ctx.value)) ctx.issues.push({ code: "custom", message: options.required, input: ctx.value });
      if (ctx.value.length > options.max) ctx.issues.push({ code: "custom", message: `Use at most ${options.max} characters.`, input: ctx.value });
    });
}
