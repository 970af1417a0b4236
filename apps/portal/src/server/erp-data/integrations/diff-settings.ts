/** One value that differs between two versions, by its path ("dataGroups.stock.intervalSeconds"). */
export type TSettingChange = { path: string; before: unknown; after: unknown };

function flatten(value: unknown, prefix: string, into: Map<string, unknown>): Map<string, unknown> {
  if (value !== null && typeof value === "object") {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    if (entries.length === 0) into.set(prefix, value);
    for (const [key, child] of entries) flatten(child, prefix ? `${prefix}.${key}` : key, into);
    return into;
  }
  into.set(prefix, value);
  return into;
}

/** The leaf values that differ between two settings documents, in path order. */
export function diffSettings(before: unknown, after: unknown): TSettingChange[] {
  const a = flatten(before, "", new Map());
  const b = flatten(after, "", new Map());
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths.flatMap((path) => {
    const [was, now] = [a.get(path), b.get(path)];
    return JSON.stringify(was) === JSON.stringify(now) ? [] : [{ path, before: was, after: now }];
  });
}
