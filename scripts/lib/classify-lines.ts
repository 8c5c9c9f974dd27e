// `privacy-glance classify`: JSON Lines in, one JSON line out per input line (DESIGN.md contract).
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

/** Lines are classified as one sequence, in order, so neighbouring segments give each other context. */
export function classifyLines(lines: string[]): { outputs: ClassifyOutput[]; errors: string[] } {
  const errors: string[] = [];
  const parsed = lines.map((line, i) => {
    if (!line.trim()) return null;
    try {
      const result = lineSchema.safeParse(JSON.parse(line));
      if (result.success) return result.data;
      errors.push(`line ${i + 1}: expected {"text": "…"} (${result.error.issues[0]?.message ?? "invalid"})`);
    } catch {
      errors.push(`line ${i + 1}: not valid JSON`);
    }
    return undefined;
  });
  const valid = parsed.filter((p): p is { text: string; heading?: string } => Boolean(p));
  const results = classifySegments(
    loadBundledModel(),
    valid.map((p) => ({ text: p.text, heading: p.heading ?? "" })),
  );
  let next = 0;
  const outputs: ClassifyOutput[] = [];
  for (const p of parsed) {
    if (p === null) continue; // blank lines carry no input
    if (p === undefined) {
      outputs.push({ error: "invalid input line" });
      continue;
    }
    const result = results[next++];
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, Number((result?.scores[c] ?? 0).toFixed(4))]),
    );
    outputs.push({ categories: result?.categories ?? [], scores, labels: result?.labels ?? [] });
  }
  return { outputs, errors };
}
