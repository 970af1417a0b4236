export * from "./build-manifest.ts";
export * from "./update-messages.ts";
export * from "./verify-build.ts";
