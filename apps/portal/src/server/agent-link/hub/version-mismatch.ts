import { MIN_PROTOCOL_VERSION, PROTOCOL_VERSION } from "@erp-bridge/shared";

/** Null when the portal speaks the agent's protocol; otherwise a message saying what to update. */
export function versionMismatch(agentProtocol: number): string | null {
  const range =
    MIN_PROTOCOL_VERSION === PROTOCOL_VERSION
      ? `${PROTOCOL_VERSION}`
      : // eslint-disable-next-line @typescript-eslint/restrict-template-expressions -- unreachable (never) while both versions are the same literal; kept for the day they differ.
        `${MIN_PROTOCOL_VERSION} to ${PROTOCOL_VERSION}`;
  if (agentProtocol > PROTOCOL_VERSION) {
    return (
      `The agent is newer than this portal: it speaks protocol ${agentProtocol}, the portal speaks ${range}. ` +
      `Update the portal, or install an agent release that speaks protocol ${PROTOCOL_VERSION}.`
    );
  }
  if (agentProtocol < MIN_PROTOCOL_VERSION) {
    return (
      `The agent is too old for this portal: it speaks protocol ${agentProtocol}, the portal needs ${range}. ` +
      `Update the agent to the current release.`
    );
  }
  return null;
}
