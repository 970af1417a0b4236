/**
 * Operator commands for a real deployment (DATABASE_URL set):
 *   npm run portal -- create-staff --email a@b.pl [--name "Anna"] [--password-stdin]
 *   npm run portal -- set-password --email a@b.pl [--password-stdin]
 *   npm run portal -- disable-user --email a@b.pl   (also ends the user's sessions)
 *   npm run portal -- reseal-secrets   (after SECRETS_KEY changed, with SECRETS_KEY_PREVIOUS set)
 *   npm run portal -- import-agent-builds [--from dist/agent]
 * Without --password-stdin a strong password is generated and printed once. import-agent-builds
 * stores the signed builds of `npm run build:agent` (refused unless they verify with the update key).
 */
import { parseArgs } from "node:util";
import path from "node:path";
import { loadEnv, REPO_ROOT, serverConfigProblem } from "../env-schema.ts";
import { migrateDatabase } from "../server/platform/database/migrate-database.ts";
import { readPassword } from "./read-password.ts";

const COMMANDS = ["create-staff", "set-password", "disable-user", "reseal-secrets", "import-agent-builds"] as const;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: "string" },
    name: { type: "string" },
    "password-stdin": { type: "boolean" },
    from: { type: "string" },
  },
});
const command = COMMANDS.find((c) => c === positionals[0]);
if (!command) {
  fail(
    `usage: portal <create-staff|set-password> --email EMAIL [--name NAME] [--password-stdin]\n` +
      `       portal reseal-secrets\n` +
      `       portal import-agent-builds [--from DIR]`,
  );
}

const bootEnv = loadEnv();
if (!bootEnv.DATABASE_URL) fail("DATABASE_URL: required (the embedded demo database seeds its own accounts)");
await migrateDatabase({ url: bootEnv.DATABASE_URL });

if (command === "reseal-secrets") {
  const problem = serverConfigProblem(bootEnv);
  if (problem) fail(problem);
  const { resealWebhookSecrets } = await import("../server/channels/webhooks/reseal-webhook-secrets.ts");
  const { disconnectDb } = await import("../server/platform/database/db.ts");
  const { resealed, unreadable } = await resealWebhookSecrets();
  console.log(`reseal-secrets: ${resealed} webhook secrets sealed with SECRETS_KEY`);
  if (unreadable.length > 0) {
    console.error(`reseal-secrets: neither key opens the webhook secret of channels ${unreadable.join(", ")}`);
  }
  await disconnectDb();
  process.exit(unreadable.length > 0 ? 1 : 0);
}

const { AppError, fieldErrorsText } = await import("../server/platform/errors/app-error.ts");
const { disconnectDb } = await import("../server/platform/database/db.ts");
if (command === "import-agent-builds") {
  // npm runs this in apps/portal; a relative --from means the folder the user typed it in.
  await importBuilds(
    path.resolve(process.env.INIT_CWD ?? process.cwd(), values.from ?? path.join(REPO_ROOT, "dist/agent")),
  );
}
if (!values.email) fail("--email: required");
if (command === "disable-user") {
  const { disableUser } = await import("../server/admin/users/disable-user.ts");
  await disableUser({ email: values.email }).catch((error: unknown) => {
    if (error instanceof AppError) fail(error.userMessage);
    throw error;
  });
  console.log(`disable-user: done for ${values.email}; their sessions have ended`);
  await disconnectDb();
  process.exit(0);
}
const password = await readPassword({ fromStdin: values["password-stdin"] === true });
try {
  if (command === "create-staff") {
    const { createUser } = await import("../server/admin/users/create-user.ts");
    await createUser({
      input: { role: "STAFF", email: values.email, name: values.name ?? values.email, password: password.value },
    });
  } else {
    const { setPassword } = await import("../server/admin/users/set-password.ts");
    await setPassword({ email: values.email, password: password.value });
  }
  console.log(
    `${command}: done for ${values.email}${password.generated ? `\npassword (shown once): ${password.value}` : ""}`,
  );
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  fail(describeError(error));
} finally {
  await disconnectDb();
}

/** Stores the builds listed in DIR/builds.json and says what happened to each. */
async function importBuilds(dir: string): Promise<never> {
  const { resolveUpdateKey } = await import("../server/admin/agent-builds/update-key.ts");
  const { importAgentBuilds } = await import("../server/admin/agent-builds/import-agent-builds.ts");
  try {
    const key = await resolveUpdateKey({ env: bootEnv, repoRoot: REPO_ROOT });
    console.log(`update key ${key.keyId} (${key.source})`);
    for (const build of await importAgentBuilds({ dir, key })) {
      console.log(`${build.outcome}: ${build.file} ${build.version} (${build.platform})`);
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    fail(describeError(error));
  } finally {
    await disconnectDb();
  }
  process.exit(0);
}

function describeError(error: InstanceType<typeof AppError>): string {
  return error.fieldErrors ? fieldErrorsText(error.fieldErrors) : error.userMessage;
}

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}
