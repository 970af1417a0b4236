import { describe, expect, it } from "vitest";
import { parseInstallTarget, withConnection } from "./install-target.ts";

const base = { connection: undefined, erpType: undefined, sfera: false, previous: [] };

describe("install --connection", () => {
  it("sets up the default connection without --connection, another one with it", () => {
    expect(parseInstallTarget(base)).toEqual({ ok: true, target: { kind: "default" } });
    expect(parseInstallTarget({ ...base, connection: "partner", erpType: "optima" })).toEqual({
      ok: true,
      target: { kind: "connection", key: "partner", erpType: "optima" },
    });
    // Run again without --erp-type, the connection keeps its type.
    const previous = [{ key: "partner", erpType: "optima" as const }];
    expect(parseInstallTarget({ ...base, connection: "partner", previous })).toMatchObject({
      target: { erpType: "optima" },
    });
  });

  it.each([
    [{ erpType: "xl" }, "--erp-type: must be subiekt-gt or optima, got xl"],
    [
      { erpType: "optima" },
      '--erp-type: the default connection ("erpUrl") is Subiekt GT; give another connection a name with --connection',
    ],
    [{ connection: "Partner 2" }, "--connection: must be 1-32 lower-case letters, digits or hyphens"],
    [
      { connection: "partner", sfera: true },
      '--sfera: install asks for the default connection\'s Sfera login only; put "sfera" under connection "partner" in the config file by hand',
    ],
  ])("refuses %o naming the option", (options, line) => {
    expect(parseInstallTarget({ ...base, ...options })).toEqual({ ok: false, line });
  });

  it("refuses another ERP type under a key the config has, naming both", () => {
    const previous = [{ key: "partner", erpType: "optima" as const }];
    expect(parseInstallTarget({ ...base, connection: "partner", erpType: "subiekt-gt", previous })).toEqual({
      ok: false,
      line: '--erp-type: connection "partner" is already optima in the config; give the subiekt-gt connection another --connection name',
    });
    expect(parseInstallTarget({ ...base, connection: "partner", erpType: "optima", previous })).toMatchObject({
      ok: true,
    });
  });

  it("updates a connection of the same key in its place, keeping its Sfera settings, else adds it", () => {
    const sfera = { server: "S", database: "D", sqlUser: "u", sqlPassword: "p", operator: "o", operatorPassword: "" };
    const a = { key: "a", erpType: "optima" as const, erpUrl: "x" };
    const b = { key: "b", erpType: "subiekt-gt" as const, erpUrl: "y", sfera };
    expect(withConnection([a, b], { ...a, erpUrl: "z" })).toEqual([{ ...a, erpUrl: "z" }, b]);
    expect(withConnection([a, b], { key: "b", erpType: "subiekt-gt", erpUrl: "w" })).toEqual([
      a,
      { ...b, erpUrl: "w" },
    ]);
    expect(withConnection([a], b)).toEqual([a, b]);
  });
});
