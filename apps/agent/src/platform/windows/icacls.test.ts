import { describe, expect, it } from "vitest";
import { inheritFolderArgs, restrictFolderArgs } from "./icacls.ts";

describe("icacls arguments", () => {
  it("cut inheritance and grant SYSTEM and Administrators by SID, inherited by files and folders", () => {
    expect(restrictFolderArgs("C:\\ProgramData\\ERP Bridge")).toEqual([
      "C:\\ProgramData\\ERP Bridge",
      "/inheritance:r",
      "/grant:r",
      "*S-1-5-18:(OI)(CI)F",
      "*S-1-5-32-544:(OI)(CI)F",
      "/Q",
    ]);
  });

  it("make what is already inside take the folder's entries", () => {
    expect(inheritFolderArgs("C:\\ProgramData\\ERP Bridge")).toEqual([
      "C:\\ProgramData\\ERP Bridge\\*",
      "/reset",
      "/T",
      "/C",
      "/Q",
    ]);
  });
});
