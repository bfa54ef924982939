/**
 * The API's size limits: the schemas refuse past them and the web app's forms stop typing at them. Plain
 * numbers in a module of their own (no zod), so the browser takes them without the schemas.
 */
export const limits = {
  titleMax: 200,
  descriptionMax: 5000,
  capacityMax: 1000,
  slotsMax: 200,
  partySizeMax: 20,
  bookingsPerFanMax: 200,
  // Questions fans answer when booking, and where the event happens (events/details-input.ts).
  questionsMax: 10,
  questionLabelMax: 200,
  optionsMax: 20,
  optionMax: 100,
  answerMax: 1000,
  questionIdMax: 40,
  locationNameMax: 200,
  locationAddressMax: 500,
  locationUrlMax: 2000,
  nameMax: 100,
} as const;

/** Reminders: how many, and how long before a slot's start (5 minutes to 30 days), in minutes. */
export const reminderLimits = { count: 5, minMinutes: 5, maxMinutes: 60 * 24 * 30 } as const;
/** A new event's reminders: a day before each slot. */
export const reminderDefaults: readonly number[] = [1440];
