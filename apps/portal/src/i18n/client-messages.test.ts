import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FULL_MESSAGES_SECTIONS, SHARED_CLIENT_NAMESPACES } from "./client-namespaces.ts";

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const APP = join(SRC, "app");

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.includes(".test.") ? [path] : [];
  });
}

/** The namespaces a file's hooks ask for on the client ("*" for the whole catalogue). */
function hookNamespaces(source: string): string[] {
  const asked = [...source.matchAll(/\buse(Translations|Messages)\(\s*(?:"([^"]*)")?/g)];
  return asked.map((m) => (m[1] === "Messages" || m[2] === undefined ? "*" : (m[2].split(".")[0] ?? "*")));
}

/** The app's own files a file imports (relative and "@/" paths). */
function importsOf(file: string, source: string): string[] {
  return [...source.matchAll(/from\s+"((?:\.{1,2}|@)\/[^"]+)"/g)].flatMap((m) => {
    const spec = m[1] ?? "";
    const path = spec.startsWith("@/") ? join(SRC, spec.slice(2)) : resolve(dirname(file), spec);
    return [path, `${path}.ts`, `${path}.tsx`].filter((p) => existsSync(p) && /\.tsx?$/.test(p)).slice(0, 1);
  });
}

const inFullSection = (file: string) =>
  FULL_MESSAGES_SECTIONS.some((section) => relative(join(APP, section), file).split("/")[0] !== "..");

/**
 * Client components get only SHARED_CLIENT_NAMESPACES outside the sections given the whole
 * catalogue. From every file outside those sections the imports are followed; from a "use client"
 * file on, everything is rendered on the client, and a hook there asking for another namespace
 * would show message keys instead of words. (A hook in a server component reads the whole
 * catalogue on the server: not a concern.)
 */
function clientHooksOutsideSections(roots: string[]): string[] {
  const missing = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, client: boolean, from: string) => {
    const source = readFileSync(file, "utf8");
    const onClient = client || /^["']use client["']/m.test(source);
    if (seen.has(`${onClient}:${file}`)) return;
    seen.add(`${onClient}:${file}`);
    if (onClient) {
      for (const namespace of hookNamespaces(source)) {
        if (!(SHARED_CLIENT_NAMESPACES as readonly string[]).includes(namespace)) {
          missing.add(`${relative(SRC, file)} (from ${relative(SRC, from)}): ${namespace}`);
        }
      }
    }
    for (const imported of importsOf(file, source)) visit(imported, onClient, from);
  };
  for (const root of roots) visit(root, false, root);
  return [...missing];
}

describe("messages sent to client components", () => {
  const outside = filesUnder(APP).filter((file) => !inFullSection(file));

  it("are enough for every client component outside the full-catalogue sections", () => {
    expect(clientHooksOutsideSections(outside)).toEqual([]);
  });

  it("reach each full-catalogue section through its layout", () => {
    for (const section of FULL_MESSAGES_SECTIONS) {
      expect(readFileSync(join(APP, section, "layout.tsx"), "utf8"), section).toContain("<FullMessages>");
    }
  });

  it("find hooks where they are (the check above is not blind)", () => {
    expect(hookNamespaces('const t = useTranslations("orders.status"); useTranslations();')).toEqual(["orders", "*"]);
    const signIn = join(APP, "signin", "sign-in-form.tsx");
    expect(hookNamespaces(readFileSync(signIn, "utf8"))).toEqual(["signIn"]);
    expect(outside).toContain(signIn);
    expect(outside.some((file) => file.includes("/clients/"))).toBe(false);
    // A client form of a full section, were a page outside them to render it, is caught, and so
    // is what it imports (field errors worded from the whole catalogue).
    const companyForm = join(APP, "(portal)", "clients", "company-form.tsx");
    expect(clientHooksOutsideSections([companyForm])).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^app\/\(portal\)\/clients\/\[companyId\]\/field-error\.tsx .*: \*$/),
        expect.stringMatching(/^app\/\(portal\)\/clients\/company-form\.tsx .*: clients$/),
      ]),
    );
  });
});
