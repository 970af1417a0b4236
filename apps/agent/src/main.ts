#!/usr/bin/env -S npx tsx
/**
 * The on-premise agent (see apps/agent/README.md for every verb):
 *   install | uninstall | status | logs | doctor | enroll | run | service | --version
 */
import { runCli } from "./cli/run-cli.ts";

void runCli({ argv: process.argv.slice(2) }).then((code) => process.exit(code));
