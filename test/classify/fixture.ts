// A tiny self-written "corpus" for fast, data-free tests. Every sentence here is our own wording.
import type { FeatureConfig } from "../../lib/classify/featurize";
import type { ModelFile } from "../../lib/classify/model-format";
import {
  fitStage,
  type LabelledPolicy,
  type TrainConfig,
  untunedFile,
} from "../../scripts/lib/classifier/pipeline";

const FPC = "First Party Collection/Use";
const TPS = "Third Party Sharing/Collection";
const UCC = "User Choice/Control";

export const FIXTURE_POLICIES: LabelledPolicy[] = [
  [
    {
      heading: "About this notice",
      text: "This notice explains how the Example Shop treats your details.",
      gold: ["Other"],
    },
    {
      heading: "What we collect",
      text: "We collect your name and mailing address when you place an order.",
      gold: [FPC],
    },
    {
      heading: "Cookies",
      text: "Our site stores cookies on your device to remember your cart.",
      gold: [FPC, "cookies"],
    },
    {
      heading: "Partners",
      text: "We share your purchase history with advertising partners.",
      gold: [TPS, "sharing", "advertising"],
    },
    {
      heading: "Your choices",
      text: "You can opt out of promotional e-mail by clicking the unsubscribe link.",
      gold: [UCC, "opt-out-link"],
    },
  ],
  [
    { heading: "", text: "Welcome to the Sample Forum and thanks for reading.", gold: ["Other"] },
    {
      heading: "",
      text: "The forum records the pages you visit and your approximate location.",
      gold: [FPC, "location"],
    },
    {
      heading: "Tracking",
      text: "Analytics providers may place cookies to measure how visitors use the forum.",
      gold: [TPS, "cookies", "third-party-cookies", "analytics"],
    },
    {
      heading: "Security",
      text: "We protect stored passwords with encryption and access controls.",
      gold: ["Data Security"],
    },
    {
      heading: "Changes",
      text: "We may revise this notice and will post the new date at the top.",
      gold: ["Policy Change"],
    },
  ],
  [
    {
      heading: "Children",
      text: "The service is not directed at children under thirteen.",
      gold: ["International and Specific Audiences"],
    },
    {
      heading: "Keeping data",
      text: "We keep account records for two years after you close the account.",
      gold: ["Data Retention"],
    },
    {
      heading: "Access",
      text: "You may view, correct or delete your profile from the settings page.",
      gold: ["User Access, Edit and Deletion"],
    },
    {
      heading: "Do Not Track",
      text: "Our site does not respond to browser Do Not Track signals.",
      gold: ["Do Not Track", "dnt-not-honored"],
    },
  ],
];

export const FIXTURE_FEATURES: FeatureConfig = {
  hashBits: 16,
  wordNgrams: 2,
  charMin: 3,
  charMax: 4,
  weights: { words: 1, chars: 0.5, heading: 0.3, context: 0.3, meta: 0.2 },
};

export const FIXTURE_CONFIG: TrainConfig = {
  features: FIXTURE_FEATURES,
  minDf: 1,
  linear: { c: 10, iterations: 50, positivePower: 0.5, maxPositiveWeight: 5 },
};

/** The model file of `cfg` fitted on `policies` (0.5 thresholds). */
export function trainFile(
  policies: readonly LabelledPolicy[] = FIXTURE_POLICIES,
  cfg: TrainConfig = FIXTURE_CONFIG,
): ModelFile {
  return untunedFile(fitStage(policies, cfg));
}
