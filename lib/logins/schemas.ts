import { z } from "zod";

export const loginIdSchema = z.object({ id: z.uuid({ error: "validation.invalid" }) });
