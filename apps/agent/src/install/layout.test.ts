import { describe, expect, it } from "vitest";
import { dataPaths, resolveLayout } from "./layout.ts";

describe("resolveLayout", () => {
  it("puts the program in Program Files and the data in ProgramData on Windows", () => {
    const layout = resolveLayout({
      platform: "win32",
      programFiles: "C:\\Program Files",
      programData: "C:\\ProgramData",
    });
    expect(layout).toMatchObject({
      executable: "C:\\Program Files\\ERP Bridge\\erp-bridge-agent.exe",
      configPath: "C:\\ProgramData\\ERP Bridge\\config.json",
      journalDir: "C:\\ProgramData\\ERP Bridge\\journal",
      serviceDir: "C:\\Program Files\\ERP Bridge",
      root: null,
    });
  });

  it("uses /opt, /var/lib and systemd's folder on Linux, and one folder in test mode", () => {
    expect(resolveLayout({ platform: "linux" })).toMatchObject({
      executable: "/opt/erp-bridge-agent/erp-bridge-agent",
      configPath: "/var/lib/erp-bridge-agent/config.json",
      serviceDir: "/etc/systemd/system",
    });
    expect(resolveLayout({ platform: "linux", root: "/tmp/t" })).toMatchObject({
      executable: "/tmp/t/program/erp-bridge-agent",
      configPath: "/tmp/t/data/config.json",
      serviceDir: "/tmp/t/systemd",
      root: "/tmp/t",
    });
  });

  it("keeps logs and update state beside the config, where the service's log folder is", () => {
    const layout = resolveLayout({ platform: "linux" });
    expect(dataPaths({ configPath: layout.configPath })).toEqual({
      logsDir: layout.logsDir,
      updatesDir: "/var/lib/erp-bridge-agent/updates",
    });
  });
});
