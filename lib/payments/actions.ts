"use server";
import { serverAction } from "@/lib/access/server-action";
import * as op from "./operations";

export const cardsListAction = serverAction(op.cardsList);
export const removeCardAction = serverAction(op.removeCard);
