import agentPackage from "../package.json" with { type: "json" };

/** Reported in the hello and at enrollment, so staff can see which build a client runs. */
export const AGENT_VERSION: string = agentPackage.version;
