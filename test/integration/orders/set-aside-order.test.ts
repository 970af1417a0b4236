import { beforeAll, describe, expect, it } from "vitest";
import type { TOrderInput } from "@erp-bridge/shared";
import { applyFinishedSteps, SET_ASIDE_SECONDS } from "../../../apps/portal/src/server/orders/apply-finished-steps.ts";
import { draftOrder } from "../../../apps/portal/src/server/orders/draft-order.ts";
import { insertNewOrder } from "../../../apps/portal/src/server/orders/insert-new-order.ts";
import type { TApiChannel } from "../../../apps/portal/src/server/platform/auth/api-channel.ts";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { companyTakingOrders, makeChannelWithKey } from "../channel-api/channel-fixture.ts";
import { uniqueSuffix } from "../../support/factories.ts";

/**
 * The order engine's sweep against an order it cannot move on: a row without lines, which no
 * channel can send (the API refuses it), so building its ZK command throws every time.
 */
let channel: TApiChannel;

beforeAll(async () => {
  const { companyId } = await companyTakingOrders();
  const made = (await makeChannelWithKey({ companyId })).channel;
  channel = {
    id: made.id,
    companyId,
    integrationId: made.integrationId,
    erpType: "SUBIEKT_GT",
    kind: "STORE",
    priceLevel: 1,
    warehouseIds: [],
    safetyBuffer: 0,
  };
});

function lineless(): TOrderInput {
  return {
    externalId: `EXT-${uniqueSuffix()}`,
    buyer: {
      name: "Jan Kowalski",
      email: "klient@example.com",
      address: { street: "Długa 1", postalCode: "00-001", city: "Warszawa", country: "PL" },
    },
    lines: [],
    deliveryMethod: "courier",
    paymentMethod: "przelew",
    document: "receipt",
    currency: "PLN",
    totalGross: 0,
  };
}

describe("an order the engine cannot move on", () => {
  it("waits a minute with the reason on it instead of being taken again at every sweep", async () => {
    const order = draftOrder({ channel, input: lineless(), digest: "d", lines: [], totalGross: 0, now: new Date() });
    expect(await insertNewOrder({ order, command: null })).toEqual({ outcome: "created" });

    const before = Date.now();
    await applyFinishedSteps();
    const first = await getDb().order.findUniqueOrThrow({ where: { id: order.id } });
    expect(first).toMatchObject({ erpState: "PENDING", erpCommandId: null, lastErrorCode: "stepNotApplied" });
    expect(first.lastErrorParams).toMatchObject({
      seconds: SET_ASIDE_SECONDS,
      detail: expect.stringContaining("lines"),
    });
    expect(first.nextAttemptAt?.getTime()).toBeGreaterThanOrEqual(before + (SET_ASIDE_SECONDS - 1) * 1000);

    // The next sweeps leave it alone until its time comes.
    await applyFinishedSteps();
    await applyFinishedSteps();
    const later = await getDb().order.findUniqueOrThrow({ where: { id: order.id } });
    expect(later.lastErrorAt).toEqual(first.lastErrorAt);

    // Its time come, it is looked at again (and set aside again: the row is still wrong).
    await getDb().order.update({ where: { id: order.id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    await applyFinishedSteps();
    const again = await getDb().order.findUniqueOrThrow({ where: { id: order.id } });
    expect(again.lastErrorAt?.getTime()).toBeGreaterThan(first.lastErrorAt?.getTime() ?? 0);
    await getDb().order.delete({ where: { id: order.id } });
  });
});
