/**
 * The plain text of the Open Terms Archive documents in ../shared/data/ota/<lang>/<kind>/*.md, as
 * paragraphs, for representations learned from unlabelled policy text (the word clusters of
 * scripts/lib/classifier/word-clusters.ts). Only the latest versions (`history/` would count the
 * same policy several times). Data is read, never written; the path follows PRIVACY_GLANCE_DATA.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "./data-dir.ts";

/** Privacy policies, cookie policies and the other legal documents (terms, guidelines). */
export const OTA_TEXT_KINDS = ["privacy", "cookies", "other"] as const;

export function otaDir(root: string = dataDir()): string {
  return path.join(root, "ota");
}

/** "en/privacy/Example.md" of every document of the language, sorted. */
export function otaTextFiles(lang = "en", root: string = dataDir()): string[] {
  const out: string[] = [];
  for (const kind of OTA_TEXT_KINDS) {
    const dir = path.join(otaDir(root), lang, kind);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith(".md")) out.push(`${lang}/${kind}/${f}`);
  }
  return out;
}

/** Markdown → paragraphs of plain text: link targets, emphasis, table bars and rules dropped. */
export function markdownParagraphs(md: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length) out.push(current.join(" "));
    current = [];
  };
  for (const raw of md.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/[*_`#>|]+/g, " ")
      .trim();
    if (!line || /^[-=:\s]+$/.test(line)) flush();
    else current.push(line.replace(/^(?:[-+]|\d+[.)])\s+/, ""));
  }
  flush();
  return out;
}

/**
 * Markdown → segments as the extension's segmenter gives them: each paragraph with the last heading
 * above it (an ATX "#" heading, an underlined one, or a paragraph that is all bold). Headings are
 * not segments themselves.
 */
export function markdownSegments(md: string): { heading: string; text: string }[] {
  const out: { heading: string; text: string }[] = [];
  const lines = md.replace(/\r\n?/g, "\n").split("\n");
  let heading = "";
  let current: string[] = [];
  const clean = (line: string): string =>
    line
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/[*_`#>|]+/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  const flush = (): void => {
    if (current.length) out.push({ heading, text: current.join(" ") });
    current = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] ?? "").trim();
    const next = (lines[i + 1] ?? "").trim();
    if (/^#{1,6}\s/.test(raw) || (raw && current.length === 0 && /^(?:=+|-{2,})$/.test(next))) {
      flush();
      heading = clean(raw);
      if (!raw.startsWith("#")) i++;
      continue;
    }
    if (current.length === 0 && /^\*\*[^*]+\*\*$/.test(raw)) {
      heading = clean(raw);
      continue;
    }
    const line = clean(raw);
    if (!line || /^[-=:\s]+$/.test(raw)) flush();
    else current.push(line.replace(/^(?:[-+]|\d+[.)])\s+/, ""));
  }
  flush();
  return out;
}

/** Every document's paragraphs, in file order, and a digest of the files' bytes (for cache keys). */
export function readOtaText(
  lang = "en",
  root: string = dataDir(),
): { files: string[]; paragraphs: string[]; digest: string } {
  const files = otaTextFiles(lang, root);
  if (files.length === 0)
    throw new Error(
      `no Open Terms Archive documents under ${path.join(otaDir(root), lang)} (set PRIVACY_GLANCE_DATA to the shared data folder)`,
    );
  const hash = createHash("sha256");
  const paragraphs: string[] = [];
  for (const f of files) {
    const text = readFileSync(path.join(otaDir(root), f), "utf8");
    hash.update(f).update("\0").update(text).update("\0");
    paragraphs.push(...markdownParagraphs(text));
  }
  return { files, paragraphs, digest: hash.digest("hex") };
}

/** The privacy policies of a language as segmented documents ("en/privacy/Example.md"), sorted. */
export function readOtaPolicySegments(
  lang = "en",
  root: string = dataDir(),
): { docs: { name: string; segments: { heading: string; text: string }[] }[]; digest: string } {
  const files = otaTextFiles(lang, root).filter((f) => f.startsWith(`${lang}/privacy/`));
  const hash = createHash("sha256");
  const docs = files.map((f) => {
    const text = readFileSync(path.join(otaDir(root), f), "utf8");
    hash.update(f).update("\0").update(text).update("\0");
    return { name: f, segments: markdownSegments(text) };
  });
  return { docs, digest: hash.digest("hex") };
}
