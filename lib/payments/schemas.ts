import { z } from "zod";

export const cardIdSchema = z.object({ id: z.uuid({ error: "validation.invalid" }) });
