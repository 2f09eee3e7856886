export * from "./users";
export * from "./audit";
export * from "./shop";
export * from "./activity";
export * from "./holdings";
export * from "./access";
export * from "./privacy";
export * from "./requests";
