import { describe, expect, it } from "vitest";
import { assertTsql } from "../../sql/assert-tsql.ts";
import { createTsqlBuilder } from "../../sql/tsql-builder.ts";
import type { TSubiektDatabase } from "../schema/database.ts";
import { numberingSettingsQuery } from "./check-triggers-numbering.ts";

describe("the doctor's built queries compile to T-SQL", () => {
  it("reads the numbering settings", () => {
    expect(() => assertTsql(numberingSettingsQuery(createTsqlBuilder<TSubiektDatabase>()))).not.toThrow();
  });
});
