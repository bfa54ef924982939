import * as z from "zod/mini";
import "../english";
import { idSchema } from "../ids";

export const moveBookingInput = z
  .strictObject({ slotId: idSchema.check(z.meta({ description: "A slot of the same event" })) })
  .check(z.meta({ id: "MoveBookingInput", description: "Where to move the booking: another slot of its event. Its seats move with it." }));

export type MoveBookingInput = z.output<typeof moveBookingInput>;
