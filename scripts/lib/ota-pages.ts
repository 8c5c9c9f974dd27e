/**
 * Open Terms Archive documents (Markdown) as web pages, for the detector's evaluation in a language
 * other than English (scripts/eval-detect.ts --lang). Each document becomes the page a site would
 * serve: a <title> naming the document in the language ("Politique de confidentialité | Deezer"), a
 * header menu, the document's own headings and paragraphs in <main>, and a footer of legal links that
 * name the privacy policy on every page, terms included. Data is read, never written.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** How each kind of document is titled on a site, per language (the file name gives the kind). */
const TITLES: Record<string, Record<string, string>> = {
  fr: {
    privacy: "Politique de confidentialité",
    cookies: "Politique cookies",
    "Terms-of-Service": "Conditions générales d'utilisation",
    "General-Conditions-of-Sale": "Conditions générales de vente",
    "Conditions-of-Carriage": "Conditions de transport",
    "Community-Guidelines": "Règles de la communauté",
    "Commercial-Terms": "Conditions commerciales",
    Imprint: "Mentions légales",
    "Copyright-Claims-Policy": "Réclamations relatives aux droits d'auteur",
  },
};

/** The footer every page of a site carries, per language. */
const FOOTERS: Record<string, string[]> = {
  fr: ["Mentions légales", "Politique de confidentialité", "Gestion des cookies", "CGU", "Contact"],
};
const MENUS: Record<string, string[]> = { fr: ["Accueil", "Nos offres", "Aide", "Mon compte"] };

export interface OtaPage {
  /** "fr/privacy/Deezer.md" */
  name: string;
  policy: boolean;
  html: string;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Inline Markdown: links become anchors, emphasis marks go. */
function inline(text: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g)) {
    parts.push(escapeHtml(text.slice(last, m.index)));
    parts.push(`<a href="${escapeHtml(m[2] ?? "")}">${escapeHtml(m[1] ?? "")}</a>`);
    last = (m.index ?? 0) + m[0].length;
  }
  parts.push(escapeHtml(text.slice(last)));
  return parts.join("").replace(/\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)/g, "");
}

/** Markdown as the archive writes it (ATX and underlined headings, lists, tables, paragraphs) to HTML. */
export function markdownToHtml(md: string): string {
  const lines = md.replace(/\r\n?/g, "\n").split("\n");
  const out: string[] = [];
  let paragraph: string[] = [];
  let list = false;
  const flush = (): void => {
    if (paragraph.length) out.push(`<p>${inline(paragraph.join(" "))}</p>`);
    paragraph = [];
  };
  const endList = (): void => {
    if (list) out.push("</ul>");
    list = false;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    const next = (lines[i + 1] ?? "").trim();
    const atx = /^(#{1,6})\s+(.*?)\s*#*$/.exec(line);
    if (!line) {
      flush();
      endList();
    } else if (atx) {
      flush();
      endList();
      const level = Math.min(6, atx[1]?.length ?? 1);
      out.push(`<h${level}>${inline(atx[2] ?? "")}</h${level}>`);
    } else if (/^(=+|-+)$/.test(next) && !paragraph.length) {
      endList();
      const level = next.startsWith("=") ? 1 : 2;
      out.push(`<h${level}>${inline(line)}</h${level}>`);
      i++;
    } else if (/^([*+-]|\d+[.)])\s+/.test(line)) {
      flush();
      if (!list) out.push("<ul>");
      list = true;
      out.push(`<li>${inline(line.replace(/^([*+-]|\d+[.)])\s+/, ""))}</li>`);
    } else if (/^\|.*\|$/.test(line)) {
      flush();
      endList();
      if (!/^\|[\s:|-]+\|$/.test(line))
        out.push(`<p>${inline(line.slice(1, -1).split("|").join(" — "))}</p>`);
    } else if (/^(=+|-+|\*{3,})$/.test(line)) {
      flush();
    } else paragraph.push(line);
  }
  flush();
  endList();
  return out.join("\n");
}

/** The kind of an OTA file: its folder (privacy, cookies), or for `other` the part after "--". */
function kindOf(folder: string, file: string): string {
  if (folder !== "other") return folder;
  return file.replace(/\.md$/, "").split("--")[1] ?? "";
}

/** One document as a page; `declareLanguage` writes <html lang> (else the page must be identified). */
export function otaPage(
  lang: string,
  folder: string,
  file: string,
  md: string,
  declareLanguage: boolean,
): string {
  const service = file.replace(/\.md$/, "").split("--")[0]?.replace(/-/g, " ") ?? "";
  const title = TITLES[lang]?.[kindOf(folder, file)] ?? kindOf(folder, file).replace(/-/g, " ");
  const links = (words: string[]): string => words.map((w) => `<a href="#">${escapeHtml(w)}</a>`).join(" · ");
  return [
    "<!doctype html>",
    declareLanguage ? `<html lang="${lang}">` : "<html>",
    `<head><meta charset="utf-8"><title>${escapeHtml(`${title} | ${service}`)}</title></head>`,
    `<body><header><nav>${escapeHtml(service)} ${links(MENUS[lang] ?? [])}</nav></header>`,
    `<main>${markdownToHtml(md)}</main>`,
    `<footer>${links(FOOTERS[lang] ?? [])}</footer>`,
    "</body></html>",
  ].join("\n");
}

/** Policies (privacy and cookie documents) and other legal documents of `lang`, as pages. */
export function otaPages(dataDir: string, lang: string, declareLanguage: boolean): OtaPage[] {
  const pages: OtaPage[] = [];
  for (const folder of ["privacy", "cookies", "other"]) {
    const dir = path.join(dataDir, "ota", lang, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".md"))
      .sort()) {
      const md = readFileSync(path.join(dir, file), "utf8");
      pages.push({
        name: `${lang}/${folder}/${file}`,
        policy: folder !== "other",
        html: otaPage(lang, folder, file, md, declareLanguage),
      });
    }
  }
  return pages;
}
