import { describe, expect, it } from "vitest";
import type { TAlert } from "./find-alerts.ts";
import { watchNotes, type TWatchedCompany, type TWatchedIntegration } from "./watch-notes.ts";

const agent = {
  id: "a1",
  name: "Serwer",
  online: true,
  enrolledAt: new Date("2026-11-01T10:00:00Z"),
  revokedAt: null,
};
const group = {
  group: "STOCK",
  enabled: true,
  lastSuccessAt: new Date("2026-12-01T10:00:00Z"),
  lastError: null,
  lastErrorAt: null,
  pending: null,
};
const integration = (changes: Partial<TWatchedIntegration> = {}): TWatchedIntegration => ({
  id: "i1",
  name: "Centrala",
  agent,
  groups: [group],
  ...changes,
});
const company = (changes: Partial<TWatchedCompany> = {}): TWatchedCompany => ({
  id: "c1",
  name: "Sklep",
  integrations: [integration()],
  failedOrders: 0,
  ...changes,
});
/** The same company with one integration of these changes. */
const one = (changes: Partial<TWatchedIntegration>) => company({ integrations: [integration(changes)] });
const kinds = (companies: TWatchedCompany[], alerts: TAlert[] = []) =>
  watchNotes({ companies, alerts }).map((n) => n.kind);
const alert = (kind: TAlert["kind"], subject: string, integrationId: string | null = null): TAlert => ({
  companyId: "c1",
  companyName: "Sklep",
  kind,
  subject,
  since: new Date(),
  amount: 1,
  notifyClient: false,
  integrationId,
  integration: null,
});

describe("what the alerts panel says below its alerts", () => {
  it("nothing when the agent is online, every enabled group synced and no order refused", () => {
    expect(kinds([company(), one({ groups: [{ ...group, enabled: false, lastSuccessAt: null }] })])).toEqual([]);
  });

  it("says when nothing can be watched: no agent, or no saved integration", () => {
    expect(kinds([company({ integrations: [], agents: 0 })])).toEqual(["noAgent"]);
    expect(kinds([one({ agent: null })])).toEqual(["noAgent"]);
    expect(kinds([one({ agent: { ...agent, revokedAt: new Date() } })])).toEqual(["noAgent"]);
    expect(kinds([company({ integrations: [] })])).toEqual(["notConfigured"]);
    // An agent created but never installed is not "offline": it has yet to connect.
    const waiting = { ...agent, online: false, enrolledAt: null };
    expect(kinds([one({ agent: waiting })], [alert("AGENT_OFFLINE", "Serwer")])).toEqual(["agentNeverConnected"]);
  });

  it("an agent offline, a failing or never-done sync, refused or held orders, unless an alert says it already", () => {
    const failing = {
      ...group,
      lastError: { problem: null, text: "x" },
      lastErrorAt: new Date("2026-12-01T11:00:00Z"),
    };
    const never = { ...group, group: "PRICES", lastSuccessAt: null };
    const troubled = company({
      integrations: [integration({ agent: { ...agent, online: false }, groups: [failing, never] })],
      failedOrders: 2,
      heldOrders: 1,
    });
    expect(kinds([troubled])).toEqual(["agentOffline", "syncFailing", "neverSynced", "errorQueue", "creditHolds"]);
    const alerted = [
      alert("AGENT_OFFLINE", "Serwer"),
      alert("SYNC_LAG", "PRICES", "i1"),
      alert("ERROR_QUEUE", "orders", "i1"),
    ];
    expect(kinds([troubled], alerted)).toEqual(["syncFailing", "creditHolds"]);
    expect(kinds([troubled], [...alerted, alert("CREDIT_HOLD", "orders", "i1")])).toEqual(["syncFailing"]);
    // A success after the error: that group syncs again.
    expect(kinds([one({ groups: [{ ...failing, lastSuccessAt: new Date("2026-12-01T12:00:00Z") }] })])).toEqual([]);
    // With one integration the notes name none.
    expect(watchNotes({ companies: [troubled], alerts: [] }).map((n) => "integration" in n && n.integration)).toEqual([
      null,
      null,
      null,
      false,
      false,
    ]);
  });

  it("with several integrations: each one's sync named, an agent serving two noted once, naming both", () => {
    const never = { ...group, lastSuccessAt: null };
    const offline = { ...agent, online: false };
    const several = company({
      integrations: [
        integration({ agent: offline, groups: [never] }),
        integration({ id: "i2", name: "Partner", agent: offline, groups: [never] }),
      ],
    });
    const notes = watchNotes({ companies: [several], alerts: [] });
    expect(notes).toEqual([
      expect.objectContaining({ kind: "agentOffline", agent: "Serwer", integration: "Centrala, Partner" }),
      expect.objectContaining({ kind: "neverSynced", group: "STOCK", integration: "Centrala", integrationId: "i1" }),
      expect.objectContaining({ kind: "neverSynced", group: "STOCK", integration: "Partner", integrationId: "i2" }),
    ]);
    // The lag alert of one integration says nothing about the other's same group.
    expect(kinds([several], [alert("SYNC_LAG", "STOCK", "i2")])).toEqual(["agentOffline", "neverSynced"]);
  });

  it("with several integrations on two agents: the one offline is named while the other is fine; one without an agent is named", () => {
    const hq = integration();
    const partnerAgent = { ...agent, id: "a2", name: "Partner-PC" };
    const partner = integration({ id: "i2", name: "Partner", agent: partnerAgent });
    const notes = (changes: Partial<TWatchedIntegration>) =>
      watchNotes({ companies: [company({ integrations: [hq, { ...partner, ...changes }] })], alerts: [] });
    expect(notes({ agent: { ...partnerAgent, online: false } })).toEqual([
      expect.objectContaining({ kind: "agentOffline", agent: "Partner-PC", integration: "Partner" }),
    ]);
    expect(notes({ agent: null })).toEqual([
      expect.objectContaining({ kind: "integrationNoAgent", integration: "Partner" }),
    ]);
  });
});
