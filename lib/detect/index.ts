// The detector that runs on every page (keep it small: see test/detect/size.test.ts) and the link finder.
export { detectPolicy } from "./detector";
export { findPolicyLink } from "./link";
export { detectionChanged, type Rechecker, type RecheckOptions, watchPolicy } from "./recheck";
