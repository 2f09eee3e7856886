"use server";
import { serverAction } from "@/lib/access/server-action";
import * as op from "./operations";

export const advanceTestClockAction = serverAction(op.advanceTestClock);
export const runJobsNowAction = serverAction(op.runJobsNow);
