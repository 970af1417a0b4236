export * from "./build-manifest.ts";
export * from "./update-messages.ts";
