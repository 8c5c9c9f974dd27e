// Page → readable text blocks (Readability, with a fallback walk for the policies it mangles).
export { collectBlocks, looksLikeHeading } from "./blocks";
export {
  DEFAULT_MAX_ELEMENTS,
  DEFAULT_TIME_BUDGET_MS,
  type ExtractOptions,
  extractPolicy,
} from "./extractor";
