import net from "node:net";
import { expect, test } from "@playwright/test";
import { startPortalProcess } from "../support/portal-process.ts";

/** Whether a new TCP connection to the port is refused (the portal stopped listening). */
function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

test("on SIGTERM the portal stops accepting, finishes the request in flight, then exits", async () => {
  test.setTimeout(120_000);
  const portal = await startPortalProcess({ databaseUrl: process.env.E2E_DATABASE_URL ?? "" });
  try {
    // A request in flight: headers and half its body sent, the rest to follow after the signal.
    const body = JSON.stringify({ code: 1, hostname: "h", agentVersion: "1" });
    const socket = net.connect(portal.port, "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", resolve));
    let answer = "";
    socket.on("data", (chunk: Buffer) => (answer += chunk.toString()));
    const ended = new Promise<string>((resolve, reject) => {
      socket.once("end", () => resolve(answer));
      socket.once("close", () => resolve(answer));
      socket.once("error", reject);
    });
    socket.write(
      `POST /api/agents/enroll HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));

    portal.terminate();
    await expect.poll(() => refused(portal.port), { timeout: 20_000 }).toBe(true);
    // Longer than the old shutdown's two-second grace, which cut such a request off.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    socket.write(body.slice(10));

    // The answer to that request arrives whole: 400 naming the malformed field.
    const response = await ended;
    expect(response).toMatch(/^HTTP\/1\.1 400 /);
    expect(response).toContain('"code":"INVALID_INPUT"');
    expect(await portal.exited).toBe(0);
  } finally {
    await portal.stop();
  }
});
