// The detector (injected only into pages whose address or title may name a policy; keep it small: see
// test/detect/size.test.ts) and the link finder. The background's first look is first-look.ts.
export { detectPolicy } from "./detector";
export { findPolicyLink } from "./link";
export { detectionChanged, type Rechecker, type RecheckOptions, watchPolicy } from "./recheck";
