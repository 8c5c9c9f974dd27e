// The model shipped with the extension. A generated TS module holding the JSON as a string works the
// same under Vite/WXT, tsx and vitest (JSON import attributes do not), and JSON.parse of a string
// is the fastest way to materialise it: the MV3 service worker restarts often, so loading is hot.

import { MODEL_JSON } from "./model-data";
import { decodeModelFile, type Model } from "./model-format";

let cached: Model | null = null;

/** Parses and validates the bundled model once per process/worker. */
export function loadBundledModel(): Model {
  if (!cached) cached = decodeModelFile(JSON.parse(MODEL_JSON));
  return cached;
}
