// Tracking signals: Do Not Track and Global Privacy Control stances, and notes on web beacons,
// fingerprinting, analytics, cross-site tracking, location and device sensors.
import { z } from "zod/mini";
import { defineFinding, findingSchema } from "./define";

const stanceSchema = z.enum(["honored", "not-honored", "unclear", "not-mentioned"]);
export type DoNotTrackStance = z.output<typeof stanceSchema>;

const noteSchema = z.object({ kind: z.string(), text: z.string(), segment: z.number() });
export type TrackingNote = z.output<typeof noteSchema>;

const schema = findingSchema({
  doNotTrack: stanceSchema,
  globalPrivacyControl: stanceSchema,
  notes: z.array(noteSchema),
});
export type TrackingFinding = z.output<typeof schema>;

export const tracking = defineFinding({
  key: "tracking",
  schema,
  reportName: "tracking",
  messages: {
    title: "findingTracking",
    verdicts: {
      unknown: "verdictTrackingUnknown",
      honored: "verdictTrackingHonored",
      gpcHonored: "verdictTrackingGpcHonored",
      crossSite: "verdictTrackingCrossSite",
      sensors: "verdictTrackingSensors",
      location: "verdictTrackingLocation",
      fingerprinting: "verdictTrackingFingerprinting",
      ignored: "verdictTrackingIgnored",
      unclear: "verdictTrackingUnclear",
      other: "verdictTrackingOther",
    },
  },
  rubric: {
    bad: "Fingerprinting or the device's camera or sensors, or Do Not Track / Global Privacy Control ignored while tracking you across sites.",
    caution:
      "Some tracking is noted (web beacons, analytics, cross-site ads, location, periodic collection), Do Not Track or Global Privacy Control is ignored, or Do Not Track is mentioned without a stance.",
    good: "Do Not Track or Global Privacy Control is honored, with no cross-site tracking, fingerprinting or sensors.",
    unknown: "Neither tracking signals nor tracking practices are mentioned.",
  },
  icon: [
    { path: "M1.8 10S5 4.5 10 4.5 18.2 10 18.2 10 15 15.5 10 15.5 1.8 10 1.8 10z" },
    { circle: [10, 10, 2.5] },
  ],
  // The headline is the fact that decided the level (the rubric above), the most serious first.
  verdict(f) {
    const has = (kind: string): boolean => f.notes.some((note) => note.kind === kind);
    if (f.level === "unknown") return "unknown";
    if (f.level === "bad") {
      if (has("device-sensors")) return "sensors";
      if (has("fingerprinting")) return "fingerprinting";
      return "crossSite";
    }
    if (f.level === "good") return f.doNotTrack === "honored" ? "honored" : "gpcHonored";
    if (has("cross-site")) return "crossSite";
    if (has("location")) return "location";
    if (f.doNotTrack === "not-honored") return "ignored";
    if (f.doNotTrack === "unclear") return "unclear";
    return "other";
  },
});
