import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authenticate } from "../../apps/portal/src/server/platform/auth/authenticate.ts";
import { getDb } from "../../apps/portal/src/server/platform/database/db.ts";
import { runTs } from "../support/run-process.ts";
import { uniqueSuffix } from "../support/factories.ts";

const baseEnv = () => ({
  PATH: process.env.PATH,
  DATABASE_URL: process.env.DATABASE_URL,
  AUTH_SECRET: randomBytes(32).toString("hex"),
  SECRETS_KEY: randomBytes(32).toString("hex"),
});

describe("operator commands", () => {
  it("a malformed variable stops the portal with one line naming it", async () => {
    const result = await runTs({ entry: "apps/portal/server.ts", env: { ...baseEnv(), PORT: "eighty" } });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^Invalid configuration: PORT: /)]);
  });

  it("create-staff makes an account that can sign in with the password printed once", async () => {
    const email = `ops-${uniqueSuffix()}@test.local`;
    const result = await runTs({
      entry: "apps/portal/src/cli/main.ts",
      args: ["create-staff", "--email", email, "--name", "Ops"],
      env: baseEnv(),
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const password = /password \(shown once\): (\S+)/.exec(result.stdout)?.[1];
    expect(password).toBeDefined();
    const actor = await authenticate({ email, password: password ?? "", clientAddress: "cli-test" });
    expect(actor?.role).toBe("STAFF");
  });

  it("create-staff refuses a taken e-mail and a short piped password, naming the field", async () => {
    const email = `dup-${uniqueSuffix()}@test.local`;
    const args = ["create-staff", "--email", email, "--password-stdin"];
    const first = await runTs({
      entry: "apps/portal/src/cli/main.ts",
      args,
      env: baseEnv(),
      stdin: "long-enough-password\n",
    });
    expect(first.code).toBe(0);
    const again = await runTs({
      entry: "apps/portal/src/cli/main.ts",
      args,
      env: baseEnv(),
      stdin: "long-enough-password\n",
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^email: /);
    const short = await runTs({
      entry: "apps/portal/src/cli/main.ts",
      args: ["create-staff", "--email", `short-${uniqueSuffix()}@test.local`, "--password-stdin"],
      env: baseEnv(),
      stdin: "short\n",
    });
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/^password: /);
    expect(await getDb().user.count({ where: { email } })).toBe(1);
  });
});
