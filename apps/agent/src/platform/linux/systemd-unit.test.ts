import { describe, expect, it } from "vitest";
import { resolveLayout } from "../../install/layout.ts";
import { quoteUnitWord, systemdUnit } from "./systemd-unit.ts";

describe("systemdUnit", () => {
  const unit = systemdUnit(resolveLayout({ platform: "linux" }));

  it("runs the supervisor of the installed executable once the network is up, at boot", () => {
    expect(unit).toContain(
      'ExecStart="/opt/erp-bridge-agent/erp-bridge-agent" "service" "--config" "/var/lib/erp-bridge-agent/config.json"',
    );
    expect(unit).toContain("After=network-online.target");
    expect(unit).toContain("WantedBy=multi-user.target");
  });

  it("restarts after a crash but not after a verdict a restart cannot change, and stops through the supervisor", () => {
    expect(unit).toContain("Restart=on-failure");
    expect(unit).toContain("RestartPreventExitStatus=2 3");
    expect(unit).toContain("KillMode=mixed");
    expect(unit).toContain("UMask=0077");
  });
});

describe("quoteUnitWord", () => {
  it("keeps spaces inside one word and escapes what systemd would expand", () => {
    expect(quoteUnitWord('/tmp/a b/"x"\\%i$HOME')).toBe('"/tmp/a b/\\"x\\"\\\\%%i$$HOME"');
  });
});
