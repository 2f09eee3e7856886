"use server";
import { serverAction } from "@/lib/access/server-action";
import * as op from "./operations";

export const choicesListAction = serverAction(op.choicesList);
export const setChoiceAction = serverAction(op.setChoice);
