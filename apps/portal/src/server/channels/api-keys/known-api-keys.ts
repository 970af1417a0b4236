/**
 * API keys (their hashes) this process has seen pass their check, most recent last, at most
 * KNOWN_KEYS_LIMIT. The order intake reads a body before its key's statement only for a key here
 * (post-order.ts): a caller with an unknown key, well-formed or not, never makes the portal read and
 * check up to a megabyte. Nothing is authorized by being here: every request's key is still
 * checked by its own statement, so a key revoked in any process is refused from its next request
 * whatever this set holds (a revoked key here only has that one body read, then leaves the set).
 */
const KNOWN_KEYS_LIMIT = 10_000;
const known = new Set<string>();

export function isKnownApiKey(hash: string): boolean {
  return known.has(hash);
}

export function rememberApiKey(hash: string): void {
  known.delete(hash);
  known.add(hash);
  if (known.size > KNOWN_KEYS_LIMIT) {
    const oldest = known.values().next();
    if (!oldest.done) known.delete(oldest.value);
  }
}

export function forgetApiKey(hash: string): void {
  known.delete(hash);
}
