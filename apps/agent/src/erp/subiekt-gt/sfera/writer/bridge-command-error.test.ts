import { describe, expect, it } from "vitest";
import { bridgeCommandError } from "./bridge-command-error.ts";

describe("bridgeCommandError", () => {
  it("keeps Sfera's refusal verbatim as ERP_REFUSED", () => {
    const message = "Nie można zapisać dokumentu: brak towaru TW-1 w magazynie MAG";
    expect(bridgeCommandError({ code: "REFUSED", message, retryable: false })).toMatchObject({
      code: "ERP_REFUSED",
      message,
    });
  });

  it.each(["BRIDGE_TIMEOUT", "BRIDGE_EXITED", "BRIDGE_UNAVAILABLE", "SFERA_UNAVAILABLE", "LOCKED"] as const)(
    "answers %s as ERP_UNAVAILABLE, which the portal retries",
    (code) => {
      const error = bridgeCommandError({ code, message: "the bridge is restarting", retryable: true });
      expect(error).toMatchObject({ code: "ERP_UNAVAILABLE", message: `Sfera (${code}): the bridge is restarting` });
    },
  );

  it("refuses a call the bridge cannot take, naming its code", () => {
    const error = bridgeCommandError({ code: "BAD_REQUEST", message: "orderId: required", retryable: false });
    expect(error).toMatchObject({ code: "ERP_REFUSED", message: "Sfera bridge (BAD_REQUEST): orderId: required" });
  });
});
