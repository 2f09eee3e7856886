// The demo accounts a fresh install starts with; the README lists the same table.
export const DEMO_PASSWORD = "personal-center-demo";

export type DemoAccount = {
  key: string;
  username: string;
  email: string;
  phone?: string;
  age: number;
  roles?: ("shopper" | "support" | "officer")[];
  status?: "active" | "pending_consent" | "frozen";
  shows: string;
};

export const demoAccounts: DemoAccount[] = [
  {
    key: "alice",
    username: "alice",
    email: "alice@demo.shop",
    phone: "13812345678",
    age: 34,
    shows: "years of orders, thousands of browsing and search events, addresses, cards, linked logins, assets",
  },
  {
    key: "ben",
    username: "ben",
    email: "ben@demo.shop",
    age: 41,
    shows: "can cancel at once: nothing held, owed or open",
  },
  {
    key: "cara",
    username: "cara",
    email: "cara@demo.shop",
    age: 29,
    shows: "cancellation blocked: balance, coupons and points not yet given up",
  },
  {
    key: "dev",
    username: "dev",
    email: "dev@demo.shop",
    age: 38,
    shows: "cancellation blocked: an order still being delivered",
  },
  {
    key: "erin",
    username: "erin",
    email: "erin@demo.shop",
    age: 45,
    shows: "cancellation blocked: a merchant store opened with the account",
  },
  { key: "finn", username: "finn", email: "finn@demo.shop", age: 33, shows: "cancellation blocked: an open complaint" },
  {
    key: "gina",
    username: "gina",
    email: "gina@demo.shop",
    age: 27,
    shows: "cancellation blocked: linked payment account open and not settled",
  },
  {
    key: "hugo",
    username: "hugo",
    email: "hugo@demo.shop",
    age: 52,
    shows: "cancellation blocked: third-party logins still bound",
  },
  {
    key: "iris",
    username: "iris",
    email: "iris@demo.shop",
    age: 36,
    status: "frozen",
    shows: "cancellation blocked: account frozen",
  },
  {
    key: "jack",
    username: "jack",
    email: "jack@demo.shop",
    age: 44,
    shows: "cancellation blocked: real-name verification not released",
  },
  {
    key: "george",
    username: "george",
    email: "george@demo.shop",
    phone: "13900001111",
    age: 42,
    shows: "guardian of Lily (10) and Max (15); asked to consent for Nina",
  },
  {
    key: "lily",
    username: "lily",
    email: "lily@demo.shop",
    age: 10,
    shows: "a child under 14 with a guardian: strictest defaults",
  },
  { key: "max", username: "max", email: "max@demo.shop", age: 15, shows: "a teen (14-17) with a guardian" },
  {
    key: "nina",
    username: "nina",
    email: "nina@demo.shop",
    age: 12,
    status: "pending_consent",
    shows: "a child awaiting a guardian's consent: cannot sign in yet",
  },
  {
    key: "kim",
    username: "kim",
    email: "kim@demo.shop",
    age: 31,
    shows: "payment methods: three cards, one expired, and a personal and a company invoice title",
  },
  {
    key: "leo",
    username: "leo",
    email: "leo@demo.shop",
    age: 26,
    shows: "WeChat, Weibo and QQ logins beside a password: each can be unbound",
  },
  {
    key: "mona",
    username: "mona",
    email: "mona@demo.shop",
    age: 48,
    shows: "a verified real-name identity, shown masked, with no correction yet requested",
  },
  {
    key: "quinn",
    username: "quinn",
    email: "quinn@demo.shop",
    age: 37,
    shows: "can cancel: a year of completed orders, nothing open; the cancellation journey runs on this account",
  },
  { key: "sam", username: "sam", email: "sam@support.demo.shop", age: 30, roles: ["support"], shows: "support agent" },
  {
    key: "olivia",
    username: "olivia",
    email: "olivia@privacy.demo.shop",
    age: 39,
    roles: ["officer"],
    shows: "privacy officer",
  },
];
