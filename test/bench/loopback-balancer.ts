import net from "node:net";

type TBackend = { port: number; connections: number; accepted: number };

/**
 * A TCP balancer on loopback, as a client's load balancer in front of several portal processes:
 * each new connection goes to the next backend in turn (HTTP and agent WebSockets alike, upgrades
 * pass through untouched); a backend that refuses the connection is skipped for the next one, so
 * a killed process stops receiving connections at once, as behind a balancer with health checks.
 */
export async function startBalancer(ports: number[]) {
  const known = new Map<number, TBackend>();
  const backendAt = (port: number) => {
    const backend = known.get(port) ?? { port, connections: 0, accepted: 0 };
    known.set(port, backend);
    return backend;
  };
  let backends = ports.map(backendAt);
  let turn = 0;
  const sockets = new Set<net.Socket>();

  const connectTo = (client: net.Socket, tried: number) => {
    if (tried >= backends.length) return client.destroy();
    const backend = backends[turn++ % backends.length];
    if (!backend) return client.destroy();
    const upstream = net.connect({ port: backend.port, host: "127.0.0.1" });
    sockets.add(upstream);
    let connected = false;
    upstream.once("connect", () => {
      connected = true;
      backend.connections += 1;
      backend.accepted += 1;
      upstream.once("close", () => (backend.connections -= 1));
      client.pipe(upstream).pipe(client);
      client.resume();
    });
    upstream.once("error", () => {
      // Refused before anything was forwarded: try the next process; after, the client sees a reset.
      if (connected) client.destroy();
      else connectTo(client, tried + 1);
    });
    upstream.once("close", () => sockets.delete(upstream));
    client.once("close", () => upstream.destroy());
    client.once("error", () => upstream.destroy());
  };

  const server = net.createServer({ pauseOnConnect: true }, (client) => {
    sockets.add(client);
    client.once("close", () => sockets.delete(client));
    connectTo(client, 0);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || !address) throw new Error("balancer has no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    /** Open connections and connections ever accepted, per backend port. */
    counts: () => [...known.values()].map(({ port, connections, accepted }) => ({ port, connections, accepted })),
    /** New connections go only to these ports from now on; open ones stay where they are. */
    route(nextPorts: number[]) {
      backends = nextPorts.map(backendAt);
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
