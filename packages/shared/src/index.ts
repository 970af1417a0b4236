export { isValidNip, normalizeNip, ZNip } from "./domain/nip.ts";
export { ROLES, ZRole, type TRole } from "./domain/role.ts";
export * from "./protocol/envelope.ts";
export * from "./protocol/commands.ts";
export * from "./protocol/messages.ts";
export * from "./protocol/erp-status.ts";
export * from "./erp/writes.ts";
export { describe as describeZodError, dispatchMessage, encodeMessage, type THandlers } from "./protocol/codec.ts";
