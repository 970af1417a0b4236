import { describe, expect, it } from "vitest";
import { encodeBridgeLine, parseBridgeLine } from "./bridge-messages.ts";

describe("the bridge's stdio lines", () => {
  it("go out as printable ASCII that reads back to the same Polish text", () => {
    const line = encodeBridgeLine({
      id: "c1",
      type: "customer.create",
      timeoutMs: 500,
      payload: { name: "Żółć\nŁódź" },
    });
    expect(line).toBe(
      '{"v":1,"id":"c1","type":"customer.create","timeoutMs":500,"payload":{"name":"\\u017b\\u00f3\\u0142\\u0107\\n\\u0141\\u00f3d\\u017a"}}',
    );
    expect(JSON.parse(line).payload.name).toBe("Żółć\nŁódź");
  });

  it("come in as a result, a look-up, or a named problem", () => {
    expect(parseBridgeLine('{"v":1,"id":"c1","type":"result","payload":{"ok":true,"value":{"a":1}}}')).toEqual({
      type: "result",
      id: "c1",
      payload: { ok: true, value: { a: 1 } },
    });
    const failure =
      '{"v":1,"id":"c2","type":"result","payload":{"ok":false,"error":{"code":"LOCKED","message":"x","retryable":true}}}';
    expect(parseBridgeLine(failure)).toMatchObject({ payload: { ok: false, error: { code: "LOCKED" } } });
    expect(
      parseBridgeLine('{"v":1,"id":"lookup-1","type":"lookup","payload":{"key":"o1","types":["FS","PA"]}}'),
    ).toEqual({
      type: "lookup",
      id: "lookup-1",
      payload: { key: "o1", types: ["FS", "PA"] },
    });
    expect(parseBridgeLine("Sfera: ostrzeżenie")).toEqual({ type: "invalid", id: null, problem: "not JSON" });
    expect(parseBridgeLine('{"v":2,"id":"c3","type":"result","payload":{}}')).toMatchObject({
      type: "invalid",
      id: null,
    });
    expect(
      parseBridgeLine(
        '{"v":1,"id":"c4","type":"result","payload":{"ok":false,"error":{"code":"OOPS","message":"","retryable":true}}}',
      ),
    ).toMatchObject({
      type: "invalid",
      id: "c4",
      problem: expect.stringMatching(/^error\.code: /),
    });
    expect(parseBridgeLine('{"v":1,"id":"c5","type":"progress","payload":{}}')).toEqual({
      type: "invalid",
      id: "c5",
      problem: 'unknown message type "progress"',
    });
  });
});
