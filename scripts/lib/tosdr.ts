/** The ToS;DR quotes of ../shared/data/tosdr/points.jsonl (one JSON object a line; data/README.md). */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { dataDir } from "./data-dir.ts";

export interface TosdrPoint {
  id: string;
  service: string;
  document: string;
  /** The ToS;DR case title, trimmed. */
  case: string;
  quote: string;
}

const PointLine = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  service: z.string().nullish(),
  document: z.string().nullish(),
  case: z.string().nullish(),
  quote: z.string().nullish(),
});

export function tosdrPointsFile(): string {
  return path.join(dataDir(), "tosdr", "points.jsonl");
}

export function hasTosdr(): boolean {
  return existsSync(tosdrPointsFile());
}

/** Parses the JSON Lines; a line that is not a point is counted in `bad`, not thrown. */
export function parseTosdrPoints(text: string): { points: TosdrPoint[]; bad: number } {
  const points: TosdrPoint[] = [];
  let bad = 0;
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      bad++;
      continue;
    }
    const parsed = PointLine.safeParse(json);
    if (!parsed.success) {
      bad++;
      continue;
    }
    const p = parsed.data;
    points.push({
      id: p.id,
      service: p.service ?? "",
      document: p.document ?? "",
      case: (p.case ?? "").trim(),
      quote: p.quote ?? "",
    });
  }
  return { points, bad };
}

export function readTosdrPoints(file = tosdrPointsFile()): { points: TosdrPoint[]; bad: number } {
  return parseTosdrPoints(readFileSync(file, "utf8"));
}
