// `privacy-glance classify`: JSON Lines in, one JSON line out per input line (a contract: README "Command line").
import { z } from "zod";
import { loadBundledModel } from "../../lib/classify/bundled-model.ts";
import { classifySegments } from "../../lib/classify/index.ts";
import { CATEGORIES } from "../../lib/types.ts";

const lineSchema = z.object({ text: z.string(), heading: z.string().optional() });

export interface ClassifyOutput {
  categories?: string[];
  scores?: Record<string, number>;
  labels?: string[];
  error?: string;
}

type Line = { text: string; heading?: string };

/** The line's input, or why it is not one (said on stderr; its output line is an error object). */
function parseLine(line: string): Line | { problem: string } {
  if (!line.trim()) return { problem: 'blank line (expected {"text": "…"})' };
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { problem: "not valid JSON" };
  }
  const result = lineSchema.safeParse(json);
  if (!result.success)
    return { problem: `expected {"text": "…"} (${result.error.issues[0]?.message ?? "invalid"})` };
  if (!result.data.text.trim()) return { problem: "the text is empty" };
  return result.data;
}

/**
 * One output per input line, always: a blank or bad line gets `{"error": …}` in its place.
 * Lines are classified as one sequence, in order, so neighbouring segments give each other context.
 */
export function classifyLines(lines: string[]): { outputs: ClassifyOutput[]; errors: string[] } {
  const parsed = lines.map(parseLine);
  const errors = parsed.flatMap((p, i) => ("problem" in p ? [`line ${i + 1}: ${p.problem}`] : []));
  const valid = parsed.filter((p): p is Line => !("problem" in p));
  const results = classifySegments(
    loadBundledModel(),
    valid.map((p) => ({ text: p.text, heading: p.heading ?? "" })),
  );
  let next = 0;
  const outputs = parsed.map((p): ClassifyOutput => {
    if ("problem" in p) return { error: "invalid input line" };
    const result = results[next++];
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, Number((result?.scores[c] ?? 0).toFixed(4))]),
    );
    return { categories: result?.categories ?? [], scores, labels: result?.labels ?? [] };
  });
  return { outputs, errors };
}
