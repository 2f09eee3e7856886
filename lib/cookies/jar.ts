import "server-only";
import { cookies } from "next/headers";
import { COOKIE_CHOICE, COOKIE_CHOICE_MAX_AGE, serializeCookieChoice, type CookieChoice } from "./choice";

/** Tells the browser the cookie choice. Outside a request (jobs, tests) there is no browser to tell. */
export async function rememberCookieChoice(choice: CookieChoice) {
  let store;
  try {
    store = await cookies();
  } catch (e) {
    if (e instanceof Error && /outside a request scope/.test(e.message)) return;
    throw e;
  }
  store.set(COOKIE_CHOICE, serializeCookieChoice(choice), {
    path: "/",
    maxAge: COOKIE_CHOICE_MAX_AGE,
    sameSite: "lax",
  });
}
