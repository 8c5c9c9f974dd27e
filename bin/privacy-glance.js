#!/usr/bin/env node
// Runs the TypeScript command line through tsx, so the CLI and the extension share lib/ as written.
import { register } from "tsx/esm/api";

register();
await import("../scripts/cli.ts");
