// Property tests for the text pipeline: whatever text, HTML or message comes in, a valid result comes
// out and nothing throws. Run counts are modest so `npm run test:unit` stays fast.
import fc from "fast-check";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { contactHref } from "../../components/contact-href";
import { analyzeText, readPageText } from "../../lib/analyze";
import type { Model } from "../../lib/classify/index";
import { detectPolicy, findPolicyLink } from "../../lib/detect/index";
import { extractPolicy } from "../../lib/extract/index";
import {
  backgroundRequestSchema,
  contentRequestSchema,
  highlightResultSchema,
  pageInfoSchema,
  pageTextSchema,
  parseMessage,
} from "../../lib/messages";
import { segmentText } from "../../lib/segment/index";
import { validSettings, validTabStates } from "../../lib/storage";
import { extractAll } from "../../lib/summarize/contacts";
import { summarySchema } from "../../lib/summary-schema";
import { tabStateSchema } from "../../lib/tab-state";
import { hostileText, messageLike, randomHtml } from "./arbitraries";
import { pipelineModel } from "./model";

const RUNS = { numRuns: 60 };
const KINDS = new Set(["email", "url", "phone", "postal", "form"]);
const SAFE_HREF = /^(?:mailto:|tel:|https?:\/\/)/;

let model: Model;
beforeAll(async () => {
  ({ model } = await pipelineModel());
});

/** linkedom leaves documentElement null for input without any tag (a browser never does): wrap it then. */
function parse(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  return doc.documentElement ? doc : (parseHTML(`<html><body>${html}`).document as unknown as Document);
}

describe("segmentText: any string → well-formed segments", () => {
  it("numbers segments in order, never yields empty or padded text", () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const segments = segmentText(text);
        segments.forEach((s, i) => {
          expect(s.index).toBe(i);
          expect(s.text.trim()).toBe(s.text);
          expect(s.text.length).toBeGreaterThan(0);
          expect(typeof s.heading).toBe("string");
        });
      }),
      RUNS,
    );
  });
});

describe("analyzeText: any string → a valid analysis", () => {
  it("summary is schema-valid, evidence points at real segments, contact links are safe", () => {
    fc.assert(
      fc.property(hostileText(40), (text) => {
        const result = analyzeText(text, null, model);
        expect(result.status).toBe(result.segments.length ? "ok" : "empty");
        if (!result.segments.length) {
          expect(result.summary).toBeNull();
          return;
        }
        expect(summarySchema.safeParse(result.summary).success).toBe(true);
        const summary = result.summary;
        if (!summary) throw new Error("no summary for non-empty segments");
        for (const finding of [summary.cookies, summary.sharing, summary.optOut, summary.tracking]) {
          for (const quote of finding.evidence) {
            expect(quote.segment).toBeGreaterThanOrEqual(0);
            expect(quote.segment).toBeLessThan(result.segments.length);
          }
        }
        for (const contact of summary.optOut.contacts) {
          const href = contactHref(contact);
          if (href !== null) expect(href).toMatch(SAFE_HREF);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("contact extractors: any string → in-bounds, non-overlapping, safe", () => {
  it("extractAll", () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const found = extractAll(text);
        let end = -1;
        for (const c of found) {
          expect(KINDS.has(c.kind)).toBe(true);
          expect(c.index).toBeGreaterThanOrEqual(0);
          expect(c.index + c.length).toBeLessThanOrEqual(text.length);
          expect(c.index).toBeGreaterThanOrEqual(end);
          end = c.index + c.length;
          const href = contactHref({ kind: c.kind, value: c.value });
          if (href !== null) expect(href).toMatch(SAFE_HREF);
          expect(c.value.toLowerCase()).not.toMatch(/^\s*(?:javascript|data|vbscript):/);
        }
      }),
      RUNS,
    );
  });
});

describe("detect / extract on arbitrary HTML (linkedom)", () => {
  it("never throws; detection and extraction are well-formed; the reply fits the message schema", () => {
    fc.assert(
      fc.property(
        randomHtml,
        fc.constantFrom("https://a.example/privacy", "https://a.example/", "about:blank", ""),
        (html, url) => {
          const doc = parse(html);
          const detection = detectPolicy(doc, url);
          expect(typeof detection.isPolicy).toBe("boolean");
          expect(detection.score).toBeGreaterThanOrEqual(0);
          expect(detection.score).toBeLessThanOrEqual(1);
          expect(detection.reasons.every((r) => typeof r === "string")).toBe(true);
          const link = findPolicyLink(doc, url);
          if (link !== null) expect(link).toMatch(/^https?:\/\//);
          const extraction = extractPolicy(parse(html));
          expect(["ok", "too-large", "empty"]).toContain(extraction.status);
          for (const block of extraction.blocks) expect(typeof block.text).toBe("string");
          const text = readPageText(parse(html));
          const reply = { type: "page-text", url, detection, ...text };
          expect(pageTextSchema.safeParse(reply).success).toBe(true);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe("parseMessage on arbitrary values", () => {
  const schemas = [
    backgroundRequestSchema,
    contentRequestSchema,
    pageTextSchema,
    pageInfoSchema,
    highlightResultSchema,
  ];
  it("never throws, and what it accepts is a plain, re-parseable value", () => {
    fc.assert(
      fc.property(messageLike, (raw) => {
        for (const schema of schemas) {
          const result = parseMessage(schema, raw);
          if (!result.ok) {
            expect(typeof result.error).toBe("string");
            continue;
          }
          // Accepted values survive structured cloning unchanged (what runtime messaging does).
          const copy: unknown = structuredClone(result.value);
          expect(parseMessage(schema, copy).ok).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("the background only accepts its own message types", () => {
    const known = [
      "page-detected",
      "get-tab-state",
      "analyze-tab",
      "analyze-policy-url",
      "clear-results",
      "get-page-info",
    ];
    fc.assert(
      fc.property(messageLike, (raw) => {
        const result = parseMessage(backgroundRequestSchema, raw);
        if (result.ok) expect(known).toContain(result.value.type);
      }),
      { numRuns: 150 },
    );
  });
});

describe("stored values: anything read back is validated", () => {
  it("validSettings / validTabStates never throw and return valid values", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything())), (raw) => {
        const warnings: string[] = [];
        const settings = validSettings(raw, (m) => warnings.push(m));
        expect(typeof settings.autoDetect).toBe("boolean");
        expect(Array.isArray(settings.disabledSites)).toBe(true);
        const states = validTabStates(raw, (m) => warnings.push(m));
        for (const [id, state] of Object.entries(states)) {
          expect(id).toMatch(/^\d+$/);
          expect(tabStateSchema.safeParse(state).success).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
