import { BRIDGE_CALLS } from "./bridge-calls.ts";
import type { TBridgeError } from "./bridge-messages.ts";
import type { SferaSupervisor } from "./sfera-supervisor.ts";

export type TSferaCheckReport = { ok: boolean; lines: string[] };

/** Why a session did not open, in the words staff act on; Sfera's own message follows each. */
const REASONS: Partial<Record<TBridgeError["code"], string>> = {
  NOT_WINDOWS: "Sfera needs Windows: run the check on the server where Subiekt GT is installed",
  HOST_64BIT: "the bridge ran as a 64-bit process, and Subiekt GT's COM is 32-bit",
  NOT_INSTALLED: "Subiekt GT is not installed on this server",
  NO_LICENCE: "no Sfera licence",
  WRONG_OPERATOR: "Subiekt refused the operator (name or password)",
  LOGIN_FAILED: "Subiekt did not start a session",
  BRIDGE_EXITED: "the bridge program did not run",
  BRIDGE_TIMEOUT: "Subiekt did not start in time (a dialog waiting on the server's desktop?)",
};

type TSample = { productSymbol: string; customerSymbol: string };

/**
 * `agent sfera-check`: opens a Sfera session with the configured operator, reads one product and
 * one customer through it, saves nothing, and says what it found or why it could not. Stops the
 * bridge before returning.
 */
export async function runSferaCheck(options: {
  supervisor: SferaSupervisor;
  sample: TSample;
}): Promise<TSferaCheckReport> {
  try {
    options.supervisor.start();
    return await checkSferaSession(options);
  } finally {
    await options.supervisor.stop();
  }
}

/**
 * The same check on a session that is already running (the agent's own, for the portal's
 * `erp.sfera.check`): waits for it to open, reads, and leaves it running for the writer.
 */
export async function checkSferaSession(options: {
  supervisor: SferaSupervisor;
  sample: TSample;
}): Promise<TSferaCheckReport> {
  const { supervisor, sample } = options;
  const opened = await supervisor.ready();
  if (!opened.ok) return { ok: false, lines: ["session:  not opened", `reason:   ${explain(opened.error)}`] };
  const health = await supervisor.health();
  const lines = [
    `session:  open as operator ${health.operator ?? "?"}, Subiekt ${health.subiektVersion ?? "(version unknown)"}`,
  ];
  const read = await supervisor.call(BRIDGE_CALLS["catalog.read"], sample);
  if (!read.ok) return { ok: false, lines: [...lines, `read:     failed: ${explain(read.error)}`] };
  const { product, customer } = read.value;
  lines.push(
    product
      ? `product:  ${product.symbol} "${product.name}" (id ${product.id})`
      : `product:  ${sample.productSymbol} is in the database but Sfera did not find it`,
    customer
      ? `customer: ${customer.symbol} "${customer.name}" (id ${customer.id})`
      : `customer: ${sample.customerSymbol} is in the database but Sfera did not find it`,
  );
  const ok = product !== null && customer !== null;
  lines.push(ok ? "verdict:  Sfera is ready; nothing was saved" : "verdict:  Sfera does not see this company's data");
  return { ok, lines };
}

function explain(error: TBridgeError): string {
  const reason = REASONS[error.code];
  return reason ? `${reason} (${error.code}): ${error.message}` : `${error.code}: ${error.message}`;
}
