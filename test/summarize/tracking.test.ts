import { describe, expect, it } from "vitest";
import { analyticsOptOutUrls, trackingFinding } from "../../lib/summarize/tracking";
import { seg, segs } from "./helpers";

describe("Do Not Track and Global Privacy Control", () => {
  it.each([
    ["Our site does not respond to Do Not Track signals.", "not-honored"],
    ["We do not currently actively honor browser DNT settings.", "not-honored"],
    ["When your browser sends a Do Not Track signal, we honor it and stop tracking.", "honored"],
    ["We respect Do Not Track requests from your browser.", "honored"],
    ["Some browsers offer a Do Not Track feature.", "unclear"],
    ["We use cookies.", "not-mentioned"],
  ] as const)("%s", (text, stance) => {
    expect(trackingFinding(segs(text)).doNotTrack).toBe(stance);
  });

  it("reads the stance from the next sentence of the same paragraph", () => {
    const f = trackingFinding(
      segs(
        "Browsers may send a Do Not Track header. We do not change our practices in response to such signals.",
      ),
    );
    expect(f.doNotTrack).toBe("not-honored");
  });

  it("a mention without a stance stays unclear whatever the classifier's label guesses", () => {
    // The label would put a stance in the headline that its quote does not state.
    const f = trackingFinding([
      seg(0, "A word on Do Not Track follows here.", { labels: ["dnt-not-honored"] }),
    ]);
    expect(f.doNotTrack).toBe("unclear");
  });

  it.each([
    ["We honor the Global Privacy Control signal as a request to opt out.", "honored"],
    ["We do not recognize GPC signals.", "not-honored"],
    ["Nothing about it.", "not-mentioned"],
  ] as const)("GPC: %s", (text, stance) => {
    expect(trackingFinding(segs(text)).globalPrivacyControl).toBe(stance);
  });
});

describe("tracking notes", () => {
  it.each([
    ["Our emails contain web beacons that tell us when you open them.", "web-beacons"],
    ["We may use device fingerprinting to recognise your computer.", "fingerprinting"],
    ["Partners show interest-based ads based on your visits across other websites.", "cross-site"],
    ["The app records your precise location via GPS.", "location"],
    ["If enabled, the app takes a photo with your webcam.", "device-sensors"],
    ["We use Google Analytics to understand visits.", "analytics"],
  ])("%s", (text, kind) => {
    const f = trackingFinding(segs(text));
    const note = f.notes.find((n) => n.kind === kind);
    expect(note?.text).toBe(text);
    expect(note?.segment).toBe(0);
  });

  it("pairs an analytics provider with its opt-out add-on link", () => {
    const f = trackingFinding(
      segs(
        "We use Google Analytics to count visits. You can opt out with the browser add-on at https://tools.example.com/gaoptout.",
      ),
    );
    expect(analyticsOptOutUrls(f.notes)).toEqual(["https://tools.example.com/gaoptout"]);
    expect(f.facts.join(" ")).toMatch(/opt-out is offered/);
  });

  it("rates ignored DNT plus cross-site tracking as bad, and nothing as unknown", () => {
    const bad = trackingFinding(
      segs("We do not respond to Do Not Track. Ad partners track you across websites over time."),
    );
    expect(bad.level).toBe("bad");
    expect(trackingFinding(segs("We keep your data safe.")).level).toBe("unknown");
  });
});
