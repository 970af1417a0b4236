import { mkdtemp, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config/load-config.ts";
import { writeConfig } from "../config/write-config.ts";
import { protectSferaConfig, type TSferaConfig } from "../erp/subiekt-gt/sfera/sfera-config.ts";
import { readSferaTargets } from "../erp/subiekt-gt/sfera/sfera-targets.ts";
import { sferaSettings } from "./sfera-settings.ts";
import type { TPrompt } from "./terminal-prompt.ts";

const ERP_URL = "mssql://agent:pw@SERWER/Firma_Sp_zoo?instanceName=INSERTGT&encrypt=false";

/** An administrator answering install's questions in order; Enter alone is "". */
function typing(answers: string[]) {
  const asked: string[] = [];
  const next = (question: string) => {
    asked.push(question);
    return answers.shift() ?? "";
  };
  const prompt: TPrompt = {
    text: async (question, fallback) => next(question) || fallback || "",
    secret: async (question) => next(question),
  };
  return { asked, ask: <T>(questions: (p: TPrompt) => Promise<T>) => questions(prompt) };
}

const settings = (options: { answers: string[]; previous?: TSferaConfig; wanted?: boolean; interactive?: boolean }) =>
  sferaSettings({
    wanted: options.wanted ?? true,
    interactive: options.interactive ?? true,
    previous: options.previous,
    erpUrl: ERP_URL,
    ask: typing(options.answers).ask,
  });

describe("install --sfera: the Sfera writer's login", () => {
  it("offers Subiekt's server and database from the ERP URL, and takes the operator and passwords typed", async () => {
    const result = await settings({ answers: ["", "", "", "sql-pw", "Integracja", "op-ł#pw"] });
    expect(result).toEqual({
      ok: true,
      sfera: {
        server: "SERWER\\INSERTGT",
        database: "Firma_Sp_zoo",
        sqlUser: "sa",
        sqlPassword: "sql-pw",
        operator: "Integracja",
        operatorPassword: "op-ł#pw",
      },
    });
  });

  it("keeps what install does not ask; without --sfera keeps the stored login as it is", async () => {
    const previous = {
      server: "S\\I",
      database: "D",
      sqlUser: "subiekt",
      sqlPassword: "old",
      operator: "Integracja",
      operatorPassword: "",
      fiscalPrinterId: 2,
      callTimeoutMs: 90_000,
    };
    const again = await settings({ answers: ["", "", "", "new", "", ""], previous });
    expect(again).toEqual({ ok: true, sfera: { ...previous, sqlPassword: "new" } });
    expect(await settings({ answers: [], previous, wanted: false })).toEqual({ ok: true, sfera: previous });
    expect(await settings({ answers: [], wanted: false })).toEqual({ ok: true, sfera: undefined });
  });

  it("refuses without a terminal to type the passwords in, and names an operator left empty", async () => {
    expect(await settings({ answers: [], interactive: false })).toEqual({
      ok: false,
      line: "--sfera: asks for the Subiekt operator's password; run install in a terminal",
    });
    expect(await settings({ answers: ["", "", "", "pw", "", ""] })).toEqual({
      ok: false,
      line: "sfera.operator: is missing",
    });
  });

  it("round trip on Linux: written with the rest of the config, read back by the agent and by sfera-check", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "sfera-install-"));
    const configPath = path.join(dir, "agent.json");
    const typed = await settings({ answers: ["", "", "", "sql-pw", "Integracja", "op-pw"] });
    if (!typed.ok || !typed.sfera) throw new Error("no settings");
    const stored = await protectSferaConfig({ config: typed.sfera, platform: "linux" });
    await writeConfig({
      path: configPath,
      config: {
        portalUrl: "https://portal.example.pl",
        agentId: "3b241101-e2bb-4255-8caf-4136c566a962",
        credential: "c",
        journalDir: path.join(dir, "journal"),
        erpUrl: ERP_URL,
        sfera: stored,
      },
    });
    // Linux keeps them plain behind the file's mode, as the credential.
    expect((await stat(configPath)).mode & 0o777).toBe(0o600);
    const loaded = await loadConfig({ path: configPath, env: {} });
    expect(loaded.ok && loaded.config.connections).toEqual([
      { key: "default", erpType: "subiekt-gt", erpUrl: ERP_URL, sfera: typed.sfera },
    ]);
    expect(await readSferaTargets({ configPath })).toEqual({
      ok: true,
      targets: [{ key: "default", erpUrl: ERP_URL, sfera: typed.sfera }],
      notChecked: [],
    });
  });

  it("a password protected with DPAPI on Windows is stored as such and cannot be read elsewhere", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "sfera-dpapi-"));
    const configPath = path.join(dir, "agent.json");
    const sealed = { protection: "dpapi-machine", data: "AQAAANCMnd8B" };
    const sfera = {
      server: "S",
      database: "D",
      sqlUser: "sa",
      sqlPassword: sealed,
      operator: "I",
      operatorPassword: sealed,
    };
    const file = { portalUrl: "https://p.example.pl", credential: "c", journalDir: "journal", sfera };
    await writeFile(configPath, JSON.stringify(file));
    const loaded = await loadConfig({ path: configPath, env: {} });
    expect(loaded).toEqual({ ok: false, line: expect.stringMatching(/protected with Windows DPAPI/) });
    const read = await readSferaTargets({ configPath });
    expect(read).toEqual({ ok: false, line: expect.stringMatching(/protected with Windows DPAPI/) });
    await writeFile(configPath, JSON.stringify({ ...file, sfera: { ...sfera, operatorPassword: 5 } }));
    expect(await readSferaTargets({ configPath })).toEqual({
      ok: false,
      line: `"sfera.operatorPassword" in ${configPath}: must be a string or a DPAPI-protected value`,
    });
  });
});
