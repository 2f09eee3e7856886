"use server";
import { serverAction } from "@/lib/access/server-action";
import * as op from "./operations";

export const updateProfileAction = serverAction(op.updateProfile);
