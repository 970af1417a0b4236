import path from "node:path";
import { describe, expect, it } from "vitest";
import { layerViolation } from "./portal-layers.js";

const server = (file) => path.resolve(import.meta.dirname, "../../apps/portal/src/server", file);
const app = (file) => path.resolve(import.meta.dirname, "../../apps/portal/src/app", file);

describe("portal server layers", () => {
  it("let a layer import its own layer and those below it", () => {
    expect(layerViolation(server("orders/accept-order.ts"), server("orders/lock-order.ts"))).toBeNull();
    expect(layerViolation(server("insight/reports/run-report.ts"), server("settings/warehouse-label.ts"))).toBeNull();
    expect(layerViolation(server("channels/webhooks/x.ts"), server("channels/channel-api/y.ts"))).toBeNull();
    expect(layerViolation(server("boot/start-portal.ts"), server("insight/alerts/list-alerts.ts"))).toBeNull();
  });

  it("refuse an import from a layer above", () => {
    expect(layerViolation(server("erp-data/sync/apply-page.ts"), server("insight/reports/rollups/x.ts"))).toBe(
      "erp-data/ sits below insight/ and may not import from it",
    );
    expect(layerViolation(server("platform/http/api-handler.ts"), server("admin/users/create-user.ts"))).toMatch(
      /platform\/ sits below admin\//,
    );
  });

  it("open the tunnel only through agent-link's public face", () => {
    expect(layerViolation(server("admin/agents/revoke-agent.ts"), server("agent-link/publish.ts"))).toBeNull();
    expect(layerViolation(server("admin/agents/revoke-agent.ts"), server("agent-link/bus/fanout.ts"))).toMatch(
      /public face/,
    );
    expect(layerViolation(app("agents/page.tsx"), server("agent-link/hub/upgrade.ts"))).toMatch(/public face/);
    expect(layerViolation(server("agent-link/hub/upgrade.ts"), server("agent-link/bus/fanout.ts"))).toBeNull();
  });

  it("name a folder that is in no layer", () => {
    expect(layerViolation(server("orders/x.ts"), server("misc/y.ts"))).toMatch(/not a layer/);
  });
});
