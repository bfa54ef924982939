import type { OutgoingMail } from "../notifications/messages";
import { signInCodePolicy } from "./sign-in-code";

/**
 * The email that carries a one-time sign-in code. The code is the only number in it (the mailbox test
 * helpers and people both look for it), and it says what to do if the reader never asked.
 */
export function signInCodeEmail(to: string, code: string, ttlSeconds: number = signInCodePolicy.codeTtlSeconds): OutgoingMail {
  const minutes = Math.round(ttlSeconds / 60);
  const lines = [
    `Your Slotbook sign-in code is ${code}.`,
    `Enter it where you asked for it. It works once, for ${minutes} minutes.`,
    "If you didn't ask for it, ignore this email: nobody can sign in without the code.",
  ];
  return {
    to,
    fromName: "Slotbook",
    subject: "Your Slotbook sign-in code",
    text: `${lines.join("\n")}\n`,
    // Only the code and fixed text: nothing here needs escaping.
    html: `<!doctype html><html><body style="font-family:sans-serif">\n${lines.map((line) => `<p>${line.replace(code, `<strong style="font-size:1.4em;letter-spacing:0.1em">${code}</strong>`)}</p>`).join("\n")}\n</body></html>\n`,
  };
}
