/**
 * The German of what fans get by email and text: the English text (the key, as the code writes it) → its
 * German. Fans are addressed with "du", as on the site.
 * de.test.ts checks every t() key of the notifications is here, and every entry is used.
 */
export default {
  // Every booking email
  "Hi {{name}},": "Hallo {{name}},",
  What: "Was",
  When: "Wann",
  Where: "Wo",
  Map: "Karte",
  Online: "Online",
  Yes: "Ja",
  No: "Nein",
  "Event page": "Seite der Veranstaltung",
  "Your check-in code: show it at the door": "Dein Check-in-Code: Zeig ihn am Eingang",
  "Your booking and its check-in code": "Deine Buchung und ihr Check-in-Code",
  "See or cancel your bookings": "Deine Buchungen ansehen oder stornieren",

  // Booked
  "Booked: {{title}}, {{when}}": "Gebucht: {{title}}, {{when}}",
  "your booking is confirmed.": "deine Buchung ist bestätigt.",
  About: "Beschreibung",
  "The attached calendar invite adds it to your calendar.": "Mit der angehängten Kalendereinladung kommt der Termin in deinen Kalender.",

  // Changed by the organiser
  "Changed: {{title}}, {{when}}": "Geändert: {{title}}, {{when}}",
  "the organiser has changed this event. Your booking stands, with these details:": "der Veranstalter hat diese Veranstaltung geändert. Deine Buchung bleibt bestehen, mit diesen Angaben:",
  Before: "Vorher",
  "(no place given)": "(kein Ort angegeben)",
  "The attached calendar invite updates it in your calendar.": "Die angehängte Kalendereinladung aktualisiert den Termin in deinem Kalender.",

  // Moved by the fan
  "Moved: {{title}}, {{when}}": "Verschoben: {{title}}, {{when}}",
  "your booking has moved to a new time.": "deine Buchung ist auf eine neue Zeit verschoben.",
  "The attached calendar invite moves it in your calendar.": "Die angehängte Kalendereinladung verschiebt den Termin in deinem Kalender.",

  // Cancelled
  "Cancelled: {{title}}, {{when}}": "Storniert: {{title}}, {{when}}",
  "your booking is cancelled.": "deine Buchung ist storniert.",
  "the organiser has cancelled your booking.": "der Veranstalter hat deine Buchung storniert.",
  "the organiser has cancelled this event, so your booking is cancelled.": "der Veranstalter hat diese Veranstaltung abgesagt, deine Buchung ist damit storniert.",
  "Your bookings": "Deine Buchungen",
  "The attached calendar update removes it from your calendar.": "Die angehängte Kalenderänderung entfernt den Termin aus deinem Kalender.",

  // A waitlist offer
  "A place is free: {{title}}, {{when}}": "Ein Platz ist frei: {{title}}, {{when}}",
  "a seat came free and is held for you.": "ein Platz ist frei geworden und wird für dich freigehalten.",
  "{{count}} seats came free and are held for you.": "{{count}} Plätze sind frei geworden und werden für dich freigehalten.",
  "Held for you until": "Für dich freigehalten bis",
  "Claim it now (one tap)": "Jetzt übernehmen (ein Tipp genügt)",
  "If you don't claim it in time, it goes to the next fan in line.": "Übernimmst du ihn nicht rechtzeitig, geht er an den Nächsten in der Reihe.",

  // A reminder
  "Reminder: {{title}}, {{when}}": "Erinnerung: {{title}}, {{when}}",
  "a reminder: your booking starts {{in}}.": "eine Erinnerung: Deine Buchung beginnt {{in}}.",
  "in 1 minute": "in 1 Minute",
  "in {{count}} minutes": "in {{count}} Minuten",
  "in 1 hour": "in 1 Stunde",
  "in {{count}} hours": "in {{count}} Stunden",
  "in 1 day": "in 1 Tag",
  "in {{count}} days": "in {{count}} Tagen",
  Seats: "Plätze",
  "See your bookings": "Deine Buchungen ansehen",
  "Can't make it? Release your seat, so someone on the waitlist can have it (you'll be asked to confirm):":
    "Du kannst nicht? Gib deinen Platz frei, damit ihn jemand von der Warteliste bekommt (du wirst noch einmal gefragt):",
  "Release my seat": "Meinen Platz freigeben",

  // Texts (SMS): short, and STOP is the keyword SNS listens for in any language
  ", {{count}} seats": ", {{count}} Plätze",
  "Slotbook: booked, {{title}}, {{when}}{{seats}}. Manage: {{link}} Reply STOP to opt out.": "Slotbook: gebucht, {{title}}, {{when}}{{seats}}. Verwalten: {{link}} Abmelden: Antwort STOP.",
  "Slotbook: your booking moved, {{title}}, {{when}}{{seats}}. Manage: {{link}} Reply STOP to opt out.":
    "Slotbook: deine Buchung ist verschoben, {{title}}, {{when}}{{seats}}. Verwalten: {{link}} Abmelden: Antwort STOP.",
  "Slotbook: a place is free, {{title}}, {{when}}{{seats}}. Held for you until {{until}}. Claim: {{link}} Reply STOP to opt out.":
    "Slotbook: ein Platz ist frei, {{title}}, {{when}}{{seats}}. Für dich bis {{until}}. Übernehmen: {{link}} Abmelden: Antwort STOP.",
  "Slotbook reminder: {{title}}, {{when}}{{seats}}. Manage: {{link}} Reply STOP to opt out.": "Slotbook-Erinnerung: {{title}}, {{when}}{{seats}}. Verwalten: {{link}} Abmelden: Antwort STOP.",
} satisfies Record<string, string>;
