import { describe, expect, it } from "vitest";
import type { TErpConnector } from "../erp/erp-connector.ts";
import type { TErpWriter } from "../erp/erp-writer.ts";
import { createUnconfiguredErp } from "../erp/unconfigured-erp.ts";
import { requireWriter } from "./require-writer.ts";

const writer = (name: string): TErpWriter =>
  ({
    capabilities: { documentTypes: ["ZK", "FS"], reservation: true, fiscalReceipt: false, dryRun: false },
    name,
  }) as unknown as TErpWriter;
const connector = (sfera: boolean): TErpConnector => ({
  ...createUnconfiguredErp(),
  writer: writer("sql"),
  sfera: sfera
    ? {
        writer: writer("sfera"),
        health: () => Promise.reject(new Error()),
        check: () => Promise.reject(new Error()),
        stop: async () => {},
      }
    : null,
});

describe("requireWriter", () => {
  it("routes each document to the writer its command chooses", () => {
    expect(requireWriter(connector(true), { writer: "sql", documentType: "ZK" })).toMatchObject({ name: "sql" });
    expect(requireWriter(connector(true), { writer: "sfera", documentType: "FS" })).toMatchObject({ name: "sfera" });
  });

  it("refuses Sfera on an agent without Sfera settings, naming the setting to change", () => {
    expect(() => requireWriter(connector(false), { writer: "sfera", documentType: "FS" })).toThrow(
      expect.objectContaining({
        code: "ERP_REFUSED",
        message: expect.stringMatching(/^writer: .* no "sfera" settings .* choose the SQL writer for FS/),
      }),
    );
  });

  it("refuses a document type the writer does not declare", () => {
    expect(() => requireWriter(connector(true), { writer: "sfera", documentType: "MM" })).toThrow(
      expect.objectContaining({ code: "ERP_REFUSED", message: "writer: the sfera writer does not issue MM" }),
    );
  });

  it("without an ERP the command fails retryable, as reads do", () => {
    expect(() => requireWriter(createUnconfiguredErp(), { writer: "sql", documentType: "ZK" })).toThrow(
      expect.objectContaining({ code: "ERP_UNAVAILABLE" }),
    );
  });
});
