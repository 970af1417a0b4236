import path from "node:path";

/**
 * The portal server's layers, top to bottom (apps/portal/src/server/README.md). A file may
 * import from its own layer and the layers below it, never above. Code outside the server
 * (pages, route handlers, the CLI) may import any layer. The tunnel is reached only through
 * the files at the top of agent-link/ (its public face); its subfolders are its own business.
 */
const LAYERS = ["boot", "insight", "channels", "erp-data", "orders", "settings", "admin", "agent-link", "platform"];
const PORTAL_SRC = path.resolve(import.meta.dirname, "../../apps/portal/src");
const SERVER = path.join(PORTAL_SRC, "server");

/** The layer of a file under src/server and the path inside it, or null outside the server. */
function placeOf(file) {
  const relative = path.relative(SERVER, file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return null;
  const [layer, ...rest] = relative.split(path.sep);
  return { layer, rank: LAYERS.indexOf(layer), inner: rest };
}

function resolveImport(specifier, importer) {
  if (specifier.startsWith("@/")) return path.join(PORTAL_SRC, specifier.slice(2));
  if (specifier.startsWith(".")) return path.resolve(path.dirname(importer), specifier);
  return null;
}

/** Why `importer` may not import `target`, or null when it may. */
export function layerViolation(importer, target) {
  const to = placeOf(target);
  if (!to) return null;
  if (to.rank < 0) return `${to.layer}/ is not a layer of the portal server; add it to tools/eslint/portal-layers.js`;
  const from = placeOf(importer);
  if (from && from.rank < 0) return `${from.layer}/ is not a layer of the portal server`;
  if (to.layer === "agent-link" && from?.layer !== "agent-link" && to.inner.length > 1)
    return "use agent-link's public face (the files at the top of agent-link/), not its internals";
  if (from && from.rank > to.rank) return `${from.layer}/ sits below ${to.layer}/ and may not import from it`;
  return null;
}

const rule = {
  meta: {
    type: "problem",
    docs: { description: "Portal server layers import only downward" },
    schema: [],
  },
  create(context) {
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== "string") return;
      const target = resolveImport(specifier, context.filename);
      const problem = target && layerViolation(context.filename, target);
      if (problem) context.report({ node: node.source, message: problem });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { "import-downward": rule } };
