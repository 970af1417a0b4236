export { isValidNip, normalizeNip, ZNip } from "./domain/nip.ts";
export { ROLES, ZRole, type TRole } from "./domain/role.ts";
