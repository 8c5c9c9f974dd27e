// The detector (injected only into pages whose address or title may name a policy; keep it small: see
// test/detect/size.test.ts), the background's first look and the link finder.
export { detectPolicy } from "./detector";
export { type TabUpdate, wantsDetector } from "./first-look";
export { findPolicyLink } from "./link";
export { detectionChanged, type Rechecker, type RecheckOptions, watchPolicy } from "./recheck";
