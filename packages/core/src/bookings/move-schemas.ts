import * as z from "zod";
import { idSchema } from "../events/schemas";

export const moveBookingInput = z
  .strictObject({ slotId: idSchema.meta({ description: "A slot of the same event" }) })
  .meta({ id: "MoveBookingInput", description: "Where to move the booking: another slot of its event. Its seats move with it." });

export type MoveBookingInput = z.output<typeof moveBookingInput>;
