import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { ROOT } from "../support/run-process.ts";

/** A server action of the built portal, as its build's server reference manifest lists it. */
export type TServerAction = {
  id: string;
  /** `file.ts#exportName`, relative to apps/portal/src/app. */
  name: string;
  /** The route files (`app/(portal)/agents/page`) whose pages may post it. */
  pages: string[];
};

type TManifest = {
  node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
};

/** Every server action the portal build answers, from `.next/server/server-reference-manifest.json`. */
export function builtServerActions(): TServerAction[] {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const file = path.join(ROOT, "apps/portal", distDir, "server/server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as TManifest;
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    name: `${entry.filename.replace(/^apps\/portal\/src\/app\//, "")}#${entry.exportedName}`,
    pages: Object.keys(entry.workers),
  }));
}

/** A FormData argument (what a `<form action>` passes), by field. */
export type TFormArg = { form: Record<string, string> };

const isForm = (arg: unknown): arg is TFormArg => typeof arg === "object" && arg !== null && "form" in arg;

/**
 * Posts a server action as the browser's router does: to a page that uses it, with its id in
 * `Next-Action` and the arguments as React's `encodeReply` writes them (JSON text, or multipart
 * when an argument is a FormData, whose fields go as `1_<name>` and the argument as `$K1`).
 * Answers the status and the RSC payload's text.
 */
export async function postServerAction(
  request: APIRequestContext,
  options: { baseURL: string; action: TServerAction; url: string; args: unknown[] },
): Promise<{ status: number; body: string }> {
  const form = options.args.find(isForm);
  const root = JSON.stringify(options.args.map((arg) => (isForm(arg) ? "$K1" : arg)));
  const headers = { "next-action": options.action.id, accept: "text/x-component", origin: options.baseURL };
  const response = await request.post(options.url, {
    headers,
    maxRedirects: 0,
    ...(form
      ? {
          multipart: {
            "0": root,
            ...Object.fromEntries(Object.entries(form.form).map(([name, value]) => [`1_${name}`, value])),
          },
        }
      : { headers: { ...headers, "content-type": "text/plain;charset=UTF-8" }, data: root }),
  });
  return { status: response.status(), body: await response.text() };
}

/** The page address of a route file, with its dynamic segments filled in. */
export function pageUrl(page: string, params: Record<string, string>): string {
  const segments = page
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => {
      const param = /^\[(.+)\]$/.exec(segment)?.[1];
      if (param === undefined) return segment;
      const value = params[param];
      if (value === undefined) throw new Error(`no value for [${param}] in ${page}`);
      return value;
    });
  return segments.join("/") || "/";
}
