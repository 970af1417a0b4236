import { randomBytes } from "node:crypto";
import { inject } from "vitest";

// Runs before each test file imports the portal, whose env module reads these once.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
process.env.SECRETS_KEY ??= randomBytes(32).toString("hex");
process.env.DATABASE_POOL_SIZE = "4";
