export * from "./errors";
export * from "./config";
export * from "./data/table";
export * from "./users/roles";
export * from "./users/password-policy";
