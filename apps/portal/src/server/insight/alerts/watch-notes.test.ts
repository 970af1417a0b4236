import { describe, expect, it } from "vitest";
import type { TAlert } from "./find-alerts.ts";
import { watchNotes, type TWatchedCompany } from "./watch-notes.ts";

const agent = { name: "Serwer", online: true, enrolledAt: new Date("2026-11-01T10:00:00Z"), revokedAt: null };
const group = {
  group: "STOCK",
  enabled: true,
  lastSuccessAt: new Date("2026-12-01T10:00:00Z"),
  lastError: null,
  lastErrorAt: null,
  pending: null,
};
const company = (changes: Partial<TWatchedCompany> = {}): TWatchedCompany => ({
  id: "c1",
  name: "Sklep",
  integration: { agent },
  groups: [group],
  failedOrders: 0,
  ...changes,
});
const kinds = (companies: TWatchedCompany[], alerts: TAlert[] = []) =>
  watchNotes({ companies, alerts }).map((n) => n.kind);
const alert = (kind: TAlert["kind"], subject: string): TAlert => ({
  companyId: "c1",
  companyName: "Sklep",
  kind,
  subject,
  since: new Date(),
  amount: 1,
  notifyClient: false,
});

describe("what the alerts panel says below its alerts", () => {
  it("nothing when the agent is online, every enabled group synced and no order refused", () => {
    expect(kinds([company(), company({ groups: [{ ...group, enabled: false, lastSuccessAt: null }] })])).toEqual([]);
  });

  it("says when nothing can be watched: no agent, or no saved integration", () => {
    expect(kinds([company({ integration: null, agents: 0 })])).toEqual(["noAgent"]);
    expect(kinds([company({ integration: { agent: null } })])).toEqual(["noAgent"]);
    expect(kinds([company({ integration: { agent: { ...agent, revokedAt: new Date() } } })])).toEqual(["noAgent"]);
    expect(kinds([company({ integration: null })])).toEqual(["notConfigured"]);
    // An agent created but never installed is not "offline": it has yet to connect.
    const waiting = { ...agent, online: false, enrolledAt: null };
    expect(kinds([company({ integration: { agent: waiting } })], [alert("AGENT_OFFLINE", "Serwer")])).toEqual([
      "agentNeverConnected",
    ]);
  });

  it("an agent offline, a failing or never-done sync, refused or held orders, unless an alert says it already", () => {
    const failing = {
      ...group,
      lastError: { problem: null, text: "x" },
      lastErrorAt: new Date("2026-12-01T11:00:00Z"),
    };
    const never = { ...group, group: "PRICES", lastSuccessAt: null };
    const troubled = company({
      integration: { agent: { ...agent, online: false } },
      groups: [failing, never],
      failedOrders: 2,
      heldOrders: 1,
    });
    expect(kinds([troubled])).toEqual(["agentOffline", "syncFailing", "neverSynced", "errorQueue", "creditHolds"]);
    const alerted = [alert("AGENT_OFFLINE", "Serwer"), alert("SYNC_LAG", "PRICES"), alert("ERROR_QUEUE", "orders")];
    expect(kinds([troubled], alerted)).toEqual(["syncFailing", "creditHolds"]);
    expect(kinds([troubled], [...alerted, alert("CREDIT_HOLD", "orders")])).toEqual(["syncFailing"]);
    // A success after the error: that group syncs again.
    expect(kinds([company({ groups: [{ ...failing, lastSuccessAt: new Date("2026-12-01T12:00:00Z") }] })])).toEqual([]);
  });
});
