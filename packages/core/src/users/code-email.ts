/**
 * The email that carries Cognito's codes (sign-up confirmation, resend, password reset). The Auth stack
 * sets it as the user pool's verification message, and the local cloud sends the same text to the local
 * mailbox. `{####}` is where Cognito puts the code.
 */
export const codeEmail = {
  subject: "Your Slotbook verification code",
  body: "Your Slotbook verification code is {####}. Enter it where you asked for it. If that wasn't you, ignore this email.",
} as const;
