/**
 * Why an order's ERP step stopped or waits, as a message key and its values, read from the
 * sentence the order flow stored (apply-step-result.ts, advance-order.ts, step-command.ts) or the
 * reason a dry run got. An error code on the order would be sturdier; until then the patterns
 * live here, next to their writers, and anything unknown returns null so the page shows the
 * stored text as it is.
 */
export type TOrderErrorKey =
  | "noStock"
  | "refusedLine"
  | "refused"
  | "sferaRefused"
  | "retrying"
  | "deliveryUnmapped"
  | "noShowroom"
  | "noStore"
  | "noAgent"
  | "noSale";

export type TOrderErrorExplained = { key: TOrderErrorKey; values: Record<string, string | number> };

type TRule = { key: TOrderErrorKey; pattern: RegExp };

const STEPS: Record<string, string> = {
  order: "order",
  "sale document": "sale",
  cancellation: "cancel",
  return: "return",
  transfer: "transfer",
};

/** "Subiekt (Sfera)" when the step went through the Sfera writer: the reason is then Sfera's own words. */
const REFUSED = /^(?<who>The ERP|Subiekt \(Sfera\)) refused the (?<step>[^:]+): (?<reason>.+)$/s;

/** The agent's reasons that name an order line ("lines.0: ..."). */
const LINE_RULES: TRule[] = [
  {
    key: "noStock",
    pattern:
      /^lines\.(?<line>\d+)[^:]*: (?<sku>.+): (?<ordered>[\d.]+) ordered, (?<available>[\d.]+) available to reserve/,
  },
  { key: "refusedLine", pattern: /^lines\.(?<line>\d+)[^:]*: (?<reason>.+)$/s },
];

const OTHER_RULES: TRule[] = [
  {
    key: "retrying",
    pattern: /^The (?<step>.+?) did not reach the ERP \((?<reason>.+)\); retrying in (?<seconds>\d+) s$/s,
  },
  { key: "deliveryUnmapped", pattern: /^The delivery method "(?<method>.*)" is not mapped/ },
  { key: "noShowroom", pattern: /^The delivery method "(?<method>.*)" has no showroom warehouse/ },
  { key: "noStore", pattern: /^No warehouse is marked as the store/ },
  { key: "noAgent", pattern: /^Waiting: no agent is assigned/ },
  { key: "noSale", pattern: /^The order has no sale document yet/ },
];

export function explainOrderError(message: string): TOrderErrorExplained | null {
  const refused = REFUSED.exec(message)?.groups;
  const reason = refused?.reason ?? message;
  const byLine = match(LINE_RULES, reason);
  if (byLine) return byLine;
  if (refused) {
    const key = refused.who === "The ERP" ? "refused" : "sferaRefused";
    return { key, values: { step: stepCode(refused.step), reason } };
  }
  return match(OTHER_RULES, message);
}

function match(rules: TRule[], text: string): TOrderErrorExplained | null {
  for (const rule of rules) {
    const groups = rule.pattern.exec(text)?.groups;
    if (!groups) continue;
    const values: Record<string, string | number> = { ...groups };
    if (groups.step !== undefined) values.step = stepCode(groups.step);
    if (groups.line !== undefined) values.line = Number(groups.line) + 1;
    for (const name of ["ordered", "available", "seconds"] as const) {
      if (groups[name] !== undefined) values[name] = Number(groups[name]);
    }
    return { key: rule.key, values };
  }
  return null;
}

function stepCode(name: string | undefined): string {
  return (name !== undefined && STEPS[name]) || "other";
}
