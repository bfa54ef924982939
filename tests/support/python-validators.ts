import { execFileSync } from "node:child_process";

/**
 * Outside validators: Python's own `email` and `icalendar` packages (Debian's python3-icalendar), so what
 * our code writes is checked by parsers that share nothing with the code that wrote it. /usr/bin/python3
 * on purpose: a `python3` earlier on PATH may be a build without Debian's packages.
 */
const python = "/usr/bin/python3";

const run = (script: string, input: Buffer | string) => JSON.parse(execFileSync(python, ["-c", script], { input, maxBuffer: 16 * 1024 * 1024 }).toString("utf8"));

export interface ParsedEmail {
  defects: string[];
  headers: Record<string, string>;
  /** Every MIME part: its content type (with parameters), disposition, filename and Content-ID, depth-first; a picture's content in base64. */
  parts: Array<{ contentType: string; method: string | null; disposition: string | null; filename: string | null; contentId: string | null; parent: string | null; content: string | null }>;
}

/** Parses a raw email with `email.message_from_bytes(raw, policy=email.policy.default)` and lists every defect it finds. */
export function parseEmail(raw: Buffer): ParsedEmail {
  return run(
    `
import base64, email, email.policy, json, sys
msg = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
defects = [type(d).__name__ + ": " + str(d) for d in msg.defects]
parts = []
def walk(part, parent):
    for d in part.defects:
        defects.append(type(d).__name__ + ": " + str(d))
    content = None
    if not part.is_multipart():
        try:
            content = part.get_content()
            if isinstance(content, bytes):
                # Pictures come back as base64 (JSON carries no bytes); everything else must be UTF-8.
                content = base64.b64encode(content).decode("ascii") if part.get_content_maintype() == "image" else content.decode("utf-8")
        except Exception as error:
            defects.append("content: " + str(error))
    parts.append({"contentType": part.get_content_type(), "method": part.get_param("method"), "disposition": part.get_content_disposition(), "filename": part.get_filename(), "contentId": part.get("Content-ID"), "parent": parent, "content": content})
    if part.is_multipart():
        for child in part.iter_parts():
            walk(child, part.get_content_type())
walk(msg, None)
headers = {k: str(v) for k, v in msg.items()}
print(json.dumps({"defects": defects, "headers": headers, "parts": parts}))
`,
    raw,
  );
}

export interface ParsedInvite {
  method: string;
  timezones: string[];
  events: Array<{
    uid: string;
    sequence: number;
    summary: string;
    status: string;
    start: string;
    end: string;
    startTzid: string | null;
    startUtc: boolean;
    stampUtc: boolean;
    attendees: string[];
    /** LOCATION and URL as the parser unescapes them (null when absent). */
    location: string | null;
    url: string | null;
  }>;
  /** Names of properties that are not in RFC 5545 (X- properties excepted). */
  unknownProperties: string[];
}

/** Parses an iCalendar text with python3-icalendar: instants as ISO strings, TZIDs as written. */
export function parseInvite(text: string): ParsedInvite {
  return run(
    `
import json, sys, datetime
from icalendar import Calendar
cal = Calendar.from_ical(sys.stdin.read())
known = {"VERSION", "PRODID", "METHOD", "CALSCALE"}
out = {"method": str(cal.get("METHOD")), "timezones": [], "events": [], "unknownProperties": [k for k in cal.keys() if k not in known and not k.startswith("X-")]}
for component in cal.walk():
    if component.name == "VTIMEZONE":
        out["timezones"].append(str(component.get("TZID")))
    if component.name == "VEVENT":
        start = component.get("DTSTART")
        end = component.get("DTEND")
        stamp = component.get("DTSTAMP")
        utc = lambda d: d.dt.tzinfo is not None and d.dt.utcoffset() == datetime.timedelta(0) and d.to_ical().decode().endswith("Z")
        attendees = component.get("ATTENDEE") or []
        if not isinstance(attendees, list):
            attendees = [attendees]
        out["events"].append({
            "uid": str(component.get("UID")),
            "sequence": int(component.get("SEQUENCE")),
            "summary": str(component.get("SUMMARY")),
            "status": str(component.get("STATUS")),
            "start": start.dt.astimezone(datetime.timezone.utc).isoformat() if start.dt.tzinfo else "floating " + start.dt.isoformat(),
            "end": end.dt.astimezone(datetime.timezone.utc).isoformat() if end.dt.tzinfo else "floating " + end.dt.isoformat(),
            "startTzid": start.params.get("TZID"),
            "startUtc": utc(start),
            "stampUtc": utc(stamp),
            "attendees": [str(a) for a in attendees],
            "location": str(component.get("LOCATION")) if component.get("LOCATION") is not None else None,
            "url": str(component.get("URL")) if component.get("URL") is not None else None,
        })
print(json.dumps(out))
`,
    text,
  );
}

/** The raw lines of a message, split on CRLF, with any bare CR or LF that is left reported. */
export function lineProblems(raw: Buffer): { bareLineBreaks: number; longest: number; longestQuotedPrintable: number } {
  const text = raw.toString("latin1");
  const bareLineBreaks = (text.replace(/\r\n/g, "").match(/[\r\n]/g) ?? []).length;
  const lines = text.split("\r\n");
  const longest = Math.max(...lines.map((line) => line.length));
  // Lines of quoted-printable bodies: inside parts whose header says so, up to the next boundary.
  let inQp = false;
  let inHeaders = false;
  let longestQuotedPrintable = 0;
  for (const line of lines) {
    if (line.startsWith("--")) {
      inHeaders = true;
      inQp = false;
      continue;
    }
    if (inHeaders) {
      if (/^content-transfer-encoding:\s*quoted-printable/i.test(line)) inQp = true;
      if (line === "") inHeaders = false;
      continue;
    }
    if (inQp) longestQuotedPrintable = Math.max(longestQuotedPrintable, line.length);
  }
  return { bareLineBreaks, longest, longestQuotedPrintable };
}
