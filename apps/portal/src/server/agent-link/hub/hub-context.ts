import type { TBus } from "../bus/create-bus.ts";
import type { AgentSession } from "./agent-session.ts";

export type THubSettings = {
  /** Ping interval; a connection without a pong for two intervals is dropped. */
  heartbeatMs: number;
  helloTimeoutMs: number;
  sweepMs: number;
  /** How often, and after how long in the queue, work for agents held here is sent unannounced. */
  catchUpMs: number;
};

/** What the hub's parts share: the sessions this process holds, the bus, the settings. */
export class HubContext {
  readonly all = new Set<AgentSession>();
  /** Handshaken sessions, one per agent. */
  readonly byAgent = new Map<string, AgentSession>();
  closing = false;
  /** The portal is stopping: no new connections, commands in flight may still finish. */
  draining = false;
  readonly bus: TBus;
  readonly settings: THubSettings;

  constructor(options: { bus: TBus; settings: THubSettings }) {
    this.bus = options.bus;
    this.settings = options.settings;
  }

  held(agentId: string): AgentSession | undefined {
    return this.byAgent.get(agentId);
  }

  forget(session: AgentSession): void {
    this.all.delete(session);
    if (this.byAgent.get(session.agentId) === session) this.byAgent.delete(session.agentId);
  }
}
