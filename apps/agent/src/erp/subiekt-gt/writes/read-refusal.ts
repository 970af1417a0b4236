/**
 * What the ERP database said when it refused a write for good (a missing value, text too long, a
 * trigger), read for staff: the column and value it concerns when the error names them. Retrying
 * would not help, so these are refusals, not outages. Other errors stay unread (null).
 */
export type TRefusalReading = { path: string; reading: string };

type TDbError = Error & {
  code?: unknown;
  number?: unknown;
  table?: unknown;
  column?: unknown;
  constraint?: unknown;
  procName?: unknown;
};

export function readRefusal(error: unknown): TRefusalReading | null {
  if (!(error instanceof Error)) return null;
  const e = error as TDbError;
  return typeof e.number === "number"
    ? readSqlServer(e, e.number)
    : typeof e.code === "string"
      ? readPostgres(e, e.code)
      : null;
}

/** SQL Server's errors by number: 515 NULL, 2628/8152 truncation, 50000+ or a tr_ procedure: a trigger. */
function readSqlServer(e: TDbError, number: number): TRefusalReading | null {
  if (number === 515) {
    const m = /column '([^']+)', table '(?:[^']*\.)?([^'.]+)'/.exec(e.message);
    const path = m ? `${m[2]}.${m[1]}` : "erp";
    return { path, reading: `${path} needs a value (NOT NULL, no default on this database) and the write gave none` };
  }
  if (number === 2628 || number === 8152) {
    const m = /table '(?:[^']*\.)?([^'.]+)', column '([^']+)'\. Truncated value: '(.*)'/.exec(e.message);
    const path = m ? `${m[1]}.${m[2]}` : "erp";
    const value = m ? ` ("${m[3]}…")` : "";
    return { path, reading: `a text${value} is longer than ${path} holds on this database` };
  }
  const procedure = typeof e.procName === "string" ? e.procName : "";
  if (number >= 50000 || /^tr_/i.test(procedure)) {
    return {
      path: "erp",
      reading: `a trigger${procedure ? ` (${procedure})` : ""} on this database refused the write`,
    };
  }
  return null;
}

/** PostgreSQL (the sandbox) by SQLSTATE; its errors name the table and column themselves. */
function readPostgres(e: TDbError, code: string): TRefusalReading | null {
  const table = typeof e.table === "string" ? e.table : "";
  if (code === "23502") {
    const path = `${table}.${typeof e.column === "string" ? e.column : "?"}`;
    return { path, reading: `${path} needs a value (NOT NULL, no default on this database) and the write gave none` };
  }
  const length = typeof e.constraint === "string" ? /^(\w+) varchar\((\d+)\)$/.exec(e.constraint) : null;
  if (code === "23514" && length) {
    const path = `${table}.${length[1]}`;
    return { path, reading: `${path} holds at most ${length[2]} characters` };
  }
  if (code === "P0001") return { path: "erp", reading: "a trigger on this database refused the write" };
  return null;
}
