import { describe, expect, it } from "vitest";
import { resolveLayout } from "../../install/layout.ts";
import { winswXml } from "./winsw-xml.ts";

const layout = resolveLayout({ platform: "win32", programFiles: "C:\\Program Files", programData: "C:\\ProgramData" });

describe("winswXml", () => {
  const xml = winswXml(layout);

  it("starts with <service>: WinSW 1.x reads stoptimeout and resetfailure from the first node", () => {
    expect(xml.startsWith("<service>\r\n")).toBe(true);
    expect(xml).not.toContain("<?xml");
  });

  it("runs the installed executable's supervisor with the config in ProgramData, one argument each", () => {
    expect(xml).toContain("<executable>C:\\Program Files\\ERP Bridge\\erp-bridge-agent.exe</executable>");
    const args = [...xml.matchAll(/<argument>(.*)<\/argument>/g)].map((match) => match[1]);
    expect(args).toEqual(["service", "--config", "C:\\ProgramData\\ERP Bridge\\config.json"]);
    expect(xml).toContain("<workingdirectory>C:\\ProgramData\\ERP Bridge</workingdirectory>");
  });

  it("rotates its logs by size under ProgramData\\ERP Bridge\\logs and restarts after failures", () => {
    expect(xml).toContain("<logpath>C:\\ProgramData\\ERP Bridge\\logs</logpath>");
    expect(xml).toMatch(
      /<log mode="roll-by-size">\s*<sizeThreshold>10240<\/sizeThreshold>\s*<keepFiles>5<\/keepFiles>/,
    );
    expect(xml.match(/<onfailure action="restart" delay="\d+ sec"\/>/g)).toHaveLength(3);
    expect(xml).toContain("<resetfailure>1 hour</resetfailure>");
    expect(xml).toContain("<stoptimeout>30 sec</stoptimeout>");
  });

  it("escapes XML in paths", () => {
    const odd = resolveLayout({ platform: "win32", programFiles: "D:\\A&B <x>", programData: "C:\\ProgramData" });
    expect(winswXml(odd)).toContain("<executable>D:\\A&amp;B &lt;x&gt;\\ERP Bridge\\erp-bridge-agent.exe</executable>");
  });
});
