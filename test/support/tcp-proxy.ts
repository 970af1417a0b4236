import net from "node:net";

/**
 * A loopback TCP relay between an agent and the hub, so a test can cut the line under a
 * live connection (as a NAT or a flaky link would) without either side closing politely,
 * or swallow what the agent sends (a link that dies while the agent's answer is on the way).
 */
export async function startTcpProxy(options: { targetPort: number }) {
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();
  let swallowing = false;
  const server = net.createServer((client) => {
    const upstream = net.connect(options.targetPort, "127.0.0.1");
    const pair = { client, upstream };
    pairs.add(pair);
    upstream.pipe(client);
    client.on("data", (chunk: Buffer) => {
      if (!swallowing) upstream.write(chunk);
    });
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || !address) throw new Error("proxy has no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    /**
     * From now on the agent's bytes are dropped, the portal's still delivered, until `cut`:
     * whatever the agent sends meanwhile (a command's result) never reaches the portal.
     */
    swallowAgentBytes(): void {
      swallowing = true;
    },
    /** Destroys every relayed connection at once; new ones are accepted (and relayed in full) again. */
    cut(): number {
      const count = pairs.size;
      for (const { client, upstream } of pairs) {
        client.destroy();
        upstream.destroy();
      }
      pairs.clear();
      swallowing = false;
      return count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
