import { AGENT_MESSAGES, encodeMessage } from "@erp-bridge/shared";
import { describe, expect, it } from "vitest";
import { pageBodyOf } from "./page-body.ts";

const commandId = "0193e4c2-7c1a-7000-8000-000000000001";

describe("a page's body as the agent wrote it", () => {
  it("cuts the data out of the agent's own framing, byte for byte", () => {
    const data = { resource: "products", seq: 3, rows: [{ id: 1, name: 'Łódź "x" \\ ü' }], cursor: "c", total: null };
    const raw = encodeMessage({ catalog: AGENT_MESSAGES, type: "result.page", payload: { commandId, seq: 3, data } });
    const { id, v } = JSON.parse(raw) as { id: string; v: number };
    const body = pageBodyOf({ raw, v, id, commandId, seq: 3 });
    expect(body).toBe(JSON.stringify(data));
  });

  it("gives up on any other framing, so the caller serialises the parsed page", () => {
    const framed = (payload: string) => `{"v":1,"id":"m1","type":"result.page","payload":${payload}}`;
    const args = { v: 1, id: "m1", commandId, seq: 0 };
    expect(pageBodyOf({ ...args, raw: framed(`{"seq":0,"commandId":"${commandId}","data":{}}`) })).toBeNull();
    expect(pageBodyOf({ ...args, raw: framed(`{"commandId":"${commandId}", "seq":0,"data":{}}`) })).toBeNull();
    expect(pageBodyOf({ ...args, seq: 1, raw: framed(`{"commandId":"${commandId}","seq":0,"data":{}}`) })).toBeNull();
    expect(pageBodyOf({ ...args, raw: framed(`{"commandId":"${commandId}","seq":0,"data":{}}`) + " " })).toBeNull();
  });
});
