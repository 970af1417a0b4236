import pg from "pg";
import { POOL_SESSION_OPTIONS } from "../../apps/portal/src/server/platform/database/db.ts";

/** `name`: set when the statement went as a named prepared statement (kept per connection). */
type TCaptured = { client: pg.Client; text: string; values: unknown[]; name?: string };
type TPlanNode = { "Node Type": string; "Relation Name"?: string; Plans?: TPlanNode[] };

/**
 * Runs `work` noting every statement the pg driver sends meanwhile (Prisma's included: it sends
 * through pg), with the connection it went on, so each can be EXPLAINed there afterwards, inside
 * the same transaction. Only statements that read or write rows are kept.
 */
export async function captureQueries(work: () => Promise<void>): Promise<TCaptured[]> {
  const captured: TCaptured[] = [];
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as is, and only ever called with apply on its own client
  const original = pg.Client.prototype.query;
  const patched = function (this: pg.Client, ...args: unknown[]) {
    const [first, second] = args;
    const config =
      typeof first === "string"
        ? { text: first, values: second }
        : (first as { text?: string; values?: unknown; name?: string });
    if (config.text && /^\s*(WITH|SELECT|INSERT|UPDATE|DELETE)\b/i.test(config.text)) {
      const values = Array.isArray(config.values) ? config.values : [];
      captured.push({ client: this, text: config.text, values, ...("name" in config && { name: config.name }) });
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
  pg.Client.prototype.query = patched as typeof original;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = original;
  }
  return captured;
}

/** Each captured statement's plan, explained on the connection it went on (`options`: EXPLAIN's, e.g. "ANALYZE, "). */
async function explainEach<TNode extends TPlanNode>(
  captured: TCaptured[],
  options = "",
): Promise<{ text: string; plan: TNode | undefined }[]> {
  const found = [];
  for (const { client, text, values } of captured) {
    const result = await client.query<{ "QUERY PLAN": { Plan: TNode }[] }>({
      text: `EXPLAIN (${options}FORMAT JSON) ${text}`,
      values,
    });
    found.push({ text, plan: result.rows[0]?.["QUERY PLAN"][0]?.Plan });
  }
  return found;
}

/** The relations each captured statement's plan reads with a sequential scan. */
export async function sequentialScans(
  captured: TCaptured[],
): Promise<{ text: string; relations: string[]; plan: string }[]> {
  return (await explainEach(captured)).map(({ text, plan }) => ({
    text,
    relations: plan ? seqScanned(plan) : [],
    plan: plan ? planOutline(plan) : "",
  }));
}

type TRunNode = TPlanNode & {
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
};

/**
 * How many rows of each table each captured statement read when run (EXPLAIN ANALYZE: the rows
 * its scans returned plus those they read and filtered out, over all loops). An index scan can
 * still read a table whole when the index does not hold what the statement compares. Only for
 * statements without side effects, or inside a transaction the caller rolls back.
 */
export async function rowsRead(
  captured: TCaptured[],
): Promise<{ text: string; rows: Record<string, number>; plan: string }[]> {
  return (await explainEach<TRunNode>(captured, "ANALYZE, ")).map(({ text, plan }) => {
    const rows: Record<string, number> = {};
    for (const node of plan ? scanNodes(plan) : []) {
      const relation = node["Relation Name"] ?? "";
      const perLoop =
        (node["Actual Rows"] ?? 0) +
        (node["Rows Removed by Filter"] ?? 0) +
        (node["Rows Removed by Index Recheck"] ?? 0);
      rows[relation] = (rows[relation] ?? 0) + perLoop * (node["Actual Loops"] ?? 1);
    }
    return { text, rows, plan: plan ? planOutline(plan) : "" };
  });
}

function seqScanned(node: TPlanNode): string[] {
  const own = node["Node Type"] === "Seq Scan" && node["Relation Name"] ? [node["Relation Name"]] : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScanned)];
}

/** A plan as one line per node, indented, for a failure message to show why a scan was chosen. */
function planOutline(
  node: TPlanNode & { "Plan Rows"?: number; Filter?: string; "Index Name"?: string },
  depth = 0,
): string {
  const line = `${"  ".repeat(depth)}${node["Node Type"]} ${node["Relation Name"] ?? ""} ${node["Index Name"] ?? ""} rows=${node["Plan Rows"] ?? "?"} ${node.Filter ?? ""}`;
  return [line, ...(node.Plans ?? []).map((child) => planOutline(child, depth + 1))].join("\n");
}

type TScanNode = TPlanNode & { "Index Name"?: string; "Heap Fetches"?: number };

/**
 * How each captured statement reads the given tables when run (EXPLAIN ANALYZE, rolled back), with
 * sequential and bitmap scans ruled out: a test's few rows would rightly be read whole, and ruled
 * out the planner shows which index scan the table's indexes allow (an index-only scan needs every
 * column the statement reads in one index).
 */
export async function indexScansOf(
  captured: TCaptured[],
  relations: string[],
): Promise<{ relation: string; node: string; heapFetches: number | null }[]> {
  const found = [];
  for (const { client, text, values } of captured.filter((c) => relations.some((r) => c.text.includes(`"${r}"`)))) {
    await client.query("BEGIN");
    try {
      await client.query("SET LOCAL enable_seqscan = off");
      await client.query("SET LOCAL enable_bitmapscan = off");
      const result = await client.query<{ "QUERY PLAN": { Plan: TScanNode }[] }>({
        text: `EXPLAIN (ANALYZE, FORMAT JSON) ${text}`,
        values,
      });
      const plan = result.rows[0]?.["QUERY PLAN"][0]?.Plan;
      found.push(...(plan ? scanNodes(plan).filter((n) => relations.includes(n["Relation Name"] ?? "")) : []));
    } finally {
      await client.query("ROLLBACK");
    }
  }
  return found.map((n) => ({
    relation: n["Relation Name"] ?? "",
    node: `${n["Node Type"]} ${n["Index Name"] ?? ""}`.trim(),
    heapFetches: n["Heap Fetches"] ?? null,
  }));
}

/** The nodes of a plan that read a table; the type says which of their fields the caller asked for. */
function scanNodes<TNode extends TPlanNode>(node: TNode): TNode[] {
  const children = (node.Plans ?? []) as TNode[];
  return [...(node["Relation Name"] ? [node] : []), ...children.flatMap((child) => scanNodes(child))];
}

/**
 * What each captured named prepared statement's cached plan reads once its tables have grown. A
 * connection keeps a prepared statement's plan: after five runs PostgreSQL may settle on a generic
 * plan (one for any values), made from the statistics of that moment, and keeps it until the
 * tables are analyzed again. So, on a connection of its own with the settings of the portal's
 * pooled connections (`databaseUrl`), in a transaction rolled back afterwards: the tables are
 * analyzed as they are (a test's few rows: a new client's copy), each statement is prepared afresh
 * and explained with its captured values seven times, then `grow` adds rows without analyzing them
 * (a server whose autovacuum has not run since, or is off) and the plan each statement kept is
 * explained once more. Statements sent unnamed are planned with their values on every run and are
 * left out.
 */
export async function cachedPlansAfterGrowth(options: {
  captured: TCaptured[];
  databaseUrl: string;
  grow: (client: pg.Client) => Promise<void>;
}): Promise<{ text: string; relations: string[]; plan: string }[]> {
  const client = new pg.Client({ connectionString: options.databaseUrl, options: POOL_SESSION_OPTIONS });
  await client.connect();
  try {
    const probes: { text: string; name: string; args: string }[] = [];
    for (const { text, values } of options.captured.filter((c) => c.name !== undefined)) {
      probes.push({ text, name: `plan_probe_${probes.length}`, args: await executeArguments(client, values) });
    }
    const explain = async (probe: (typeof probes)[number]) => {
      const result = await client.query<{ "QUERY PLAN": { Plan: TPlanNode }[] }>(
        `EXPLAIN (FORMAT JSON) EXECUTE ${probe.name}${probe.args}`,
      );
      return result.rows[0]?.["QUERY PLAN"][0]?.Plan;
    };
    await client.query("BEGIN");
    await client.query("ANALYZE");
    for (const probe of probes) {
      await client.query(`PREPARE ${probe.name} AS ${probe.text}`);
      for (let run = 0; run < 7; run++) await explain(probe);
    }
    await options.grow(client);
    const found = [];
    for (const probe of probes) {
      const plan = await explain(probe);
      found.push({ text: probe.text, relations: plan ? seqScanned(plan) : [], plan: plan ? planOutline(plan) : "" });
    }
    return found;
  } finally {
    // Ending the connection rolls its transaction back and drops its prepared statements.
    await client.end();
  }
}

/** EXECUTE takes no bind parameters inside EXPLAIN: its arguments as literals, as pg sends them. */
async function executeArguments(client: pg.Client, values: unknown[]): Promise<string> {
  if (values.length === 0) return "";
  const result = await client.query<{ literals: string[] }>({
    text: `SELECT ARRAY[${values.map((_, i) => `quote_nullable($${i + 1}::text)`).join(", ")}] AS literals`,
    values,
  });
  return `(${result.rows[0]?.literals.join(", ")})`;
}
