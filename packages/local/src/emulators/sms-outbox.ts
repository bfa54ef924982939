import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One text the system sent, as the outbox keeps it. */
export interface OutboxSms {
  messageId: string;
  phoneNumber: string;
  message: string;
  /** The SMS type asked for (`AWS.SNS.SMS.SMSType`), when given. */
  smsType?: string;
  /** "delivered", or "opted-out": SNS drops texts to numbers that replied STOP, and so does the outbox. */
  status: "delivered" | "opted-out";
  at: string;
}

const xmlns = "http://sns.amazonaws.com/doc/2010-03-31/";
const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
const e164 = /^\+[1-9]\d{6,14}$/;
/** SNS's longest message: 1,600 characters (10 parts); longer is refused. */
const maxMessageLength = 1600;

/**
 * The local stand-in for Amazon SNS's SMS (no maintained SNS emulator exists on npm): the query protocol's
 * `Publish` to a phone number, enough for the real SDK client, plus SNS's opt-out list
 * (`CheckIfPhoneNumberIsOptedOut`, `OptInPhoneNumber`, `ListPhoneNumbersOptedOut`) and the account's SMS
 * attributes. Every text lands in an outbox: `GET /` is a page listing them, `GET /store` the same as JSON,
 * `POST /clear-store` empties it, and `POST /reply` with `{ phoneNumber, text }` plays a reply from the phone
 * (STOP opts the number out, as SNS's keyword handling does); `POST /sandbox-unverified` with `{ phoneNumber }`
 * makes texts to it fail as the SMS sandbox fails them for a destination nobody verified. In memory, like the
 * mailbox. Loopback only.
 */
export async function startSmsOutbox(port: number): Promise<{ endpoint: string; close: () => Promise<void> }> {
  const messages: OutboxSms[] = [];
  const optedOut = new Set<string>();
  /** Numbers to refuse as SNS's SMS sandbox refuses a destination nobody verified (set by `POST /sandbox-unverified`). */
  const unverified = new Set<string>();
  const attributes: Record<string, string> = {};

  const xml = (response: ServerResponse, status: number, body: string) => {
    response.writeHead(status, { "content-type": "text/xml" });
    response.end(`<?xml version="1.0"?>\n${body}`);
  };
  const ok = (response: ServerResponse, action: string, result: string) =>
    xml(response, 200, `<${action}Response xmlns="${xmlns}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></${action}Response>`);
  const fail = (response: ServerResponse, status: number, code: string, message: string) =>
    xml(response, status, `<ErrorResponse xmlns="${xmlns}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`);

  /** The query protocol's actions: form fields in, XML out. */
  function api(form: URLSearchParams, response: ServerResponse) {
    const action = form.get("Action") ?? "";
    const number = form.get("PhoneNumber") ?? form.get("phoneNumber") ?? "";
    switch (action) {
      case "Publish": {
        if (form.get("TopicArn") || form.get("TargetArn")) return fail(response, 400, "InvalidParameter", "Invalid parameter: the local SMS outbox takes texts to phone numbers only");
        if (!e164.test(number)) return fail(response, 400, "InvalidParameter", "Invalid parameter: PhoneNumber Reason: not an E.164 number");
        if (unverified.has(number)) return fail(response, 403, "AuthorizationError", "Authorization error: the account is in the SMS sandbox and this destination is not verified");
        const message = form.get("Message") ?? "";
        if (!message.trim()) return fail(response, 400, "InvalidParameter", "Invalid parameter: Empty message");
        if (message.length > maxMessageLength) return fail(response, 400, "InvalidParameter", "Invalid parameter: Message too long");
        const messageId = randomUUID();
        // Message attributes come as MessageAttributes.entry.N.Name / .Value.StringValue.
        let smsType: string | undefined;
        for (const [key, value] of form) {
          const entry = /^MessageAttributes\.entry\.(\d+)\.Name$/.exec(key);
          if (entry && value === "AWS.SNS.SMS.SMSType") smsType = form.get(`MessageAttributes.entry.${entry[1]}.Value.StringValue`) ?? undefined;
        }
        messages.push({ messageId, phoneNumber: number, message, ...(smsType ? { smsType } : {}), status: optedOut.has(number) ? "opted-out" : "delivered", at: new Date().toISOString() });
        return ok(response, action, `<MessageId>${messageId}</MessageId>`);
      }
      case "CheckIfPhoneNumberIsOptedOut":
        return ok(response, action, `<isOptedOut>${optedOut.has(number)}</isOptedOut>`);
      case "OptInPhoneNumber":
        optedOut.delete(number);
        return ok(response, action, "");
      case "ListPhoneNumbersOptedOut":
        return ok(response, action, `<phoneNumbers>${[...optedOut].map((n) => `<member>${escapeXml(n)}</member>`).join("")}</phoneNumbers>`);
      case "SetSMSAttributes":
        for (const [key, value] of form) {
          const entry = /^attributes\.entry\.(\d+)\.key$/.exec(key);
          if (entry) attributes[value] = form.get(`attributes.entry.${entry[1]}.value`) ?? "";
        }
        return ok(response, action, "");
      case "GetSMSAttributes":
        return ok(response, action, `<attributes>${Object.entries(attributes).map(([key, value]) => `<entry><key>${escapeXml(key)}</key><value>${escapeXml(value)}</value></entry>`).join("")}</attributes>`);
      default:
        return fail(response, 400, "InvalidAction", `The local SMS outbox does not do ${action || "that"}.`);
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const json = (status: number, value: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(value));
    };
    if (request.method === "POST" && path === "/") return api(new URLSearchParams(body), response);
    if (request.method === "GET" && path === "/store") return json(200, { messages });
    if (request.method === "POST" && path === "/clear-store") {
      messages.length = 0;
      return json(200, { cleared: true });
    }
    if (request.method === "POST" && path === "/reply") {
      const reply = JSON.parse(body || "{}") as { phoneNumber?: string; text?: string };
      if (!reply.phoneNumber || !e164.test(reply.phoneNumber)) return json(400, { error: "phoneNumber: an E.164 number" });
      // SNS's opt-out keywords (case does not matter).
      if (/^\s*(stop|arret|quit|end|cancel|unsubscribe|optout|opt-out)\s*$/i.test(reply.text ?? "")) optedOut.add(reply.phoneNumber);
      return json(200, { optedOut: optedOut.has(reply.phoneNumber) });
    }
    if (request.method === "POST" && path === "/sandbox-unverified") {
      const { phoneNumber } = JSON.parse(body || "{}") as { phoneNumber?: string };
      if (!phoneNumber || !e164.test(phoneNumber)) return json(400, { error: "phoneNumber: an E.164 number" });
      unverified.add(phoneNumber);
      return json(200, { unverified: true });
    }
    if (request.method === "GET" && path === "/") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'" });
      return response.end(outboxPage(messages, optedOut));
    }
    json(404, { error: "not found" });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      if (!response.headersSent) fail(response, 500, "InternalError", String((error as Error).message ?? error));
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The outbox as a page, newest first (every piece of text escaped). */
function outboxPage(messages: readonly OutboxSms[], optedOut: ReadonlySet<string>): string {
  const escape = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const rows = [...messages]
    .reverse()
    .map((sms) => `<li><p><strong>${escape(sms.phoneNumber)}</strong> · ${escape(sms.at)}${sms.status === "opted-out" ? " · <em>not delivered: the number opted out (STOP)</em>" : ""}</p><p>${escape(sms.message)}</p></li>`)
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>SMS outbox · Slotbook local cloud</title>
<style>body{font-family:sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem}li{border-bottom:1px solid #ddd;list-style:none;padding:.5rem 0}ul{padding:0}p{margin:.25rem 0}</style></head>
<body><h1>SMS outbox</h1>
<p>Every text message the local cloud sent (as Amazon SNS would have), newest first. Opted out (replied STOP): ${optedOut.size ? [...optedOut].map(escape).join(", ") : "none"}.</p>
<p>JSON: <code>GET /store</code>; empty it: <code>POST /clear-store</code>; play a reply: <code>POST /reply {"phoneNumber","text":"STOP"}</code>.</p>
<ul>${rows || "<li>No messages yet.</li>"}</ul>
</body></html>
`;
}
