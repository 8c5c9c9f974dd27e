/**
 * What the fallback walk drops: page furniture around a policy (menus, banners, forms, widgets).
 * Hidden content is kept on purpose: accordions and tabs hide policy sections until clicked.
 */

/** Code, styles and embedded media: no text of the page, and nothing Readability keeps either. */
export const CODE_AND_MEDIA = [
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "canvas",
  "iframe",
  "object",
  "embed",
  "video",
  "audio",
] as const;

/** Never text: scripts, styles, media, form controls. */
export const NEVER_TEXT = new Set<string>([
  ...CODE_AND_MEDIA,
  "img",
  "picture",
  "input",
  "select",
  "textarea",
  "option",
  "head",
  "title",
  "meta",
  "link",
]);

/** Page furniture by tag. header/footer are kept inside an <article>/<main> (they hold its title). */
const FURNITURE_TAGS = new Set(["nav", "aside", "menu", "dialog"]);
const FURNITURE_ROLES = new Set([
  "navigation",
  "banner",
  "contentinfo",
  "complementary",
  "search",
  "menu",
  "menubar",
  "dialog",
  "alertdialog",
]);
/** Cookie/consent banners, share bars, skip links, comment sections by class or id: dropped anywhere. */
const WIDGET_NAME =
  /(^|[\s_-])(cookie[\s_-]?(banner|bar|notice|consent|popup|law)|consent[\s_-]?(banner|bar|manager)|onetrust|cookiebot|gdpr[\s_-]?(banner|popup)|cc[\s_-]window|share[\s_-]?(bar|buttons|tools)|social[\s_-]?(share|links|bar|icons)|skip[\s_-]?(link|nav)|breadcrumbs?|comments)($|[\s_-])/i;
/**
 * Site furniture by a whole class or id token ("site-footer", "main-nav"; not "nav-item", which also
 * names accordion panels): dropped outside an <article>/<main> only.
 */
const PAGE_FURNITURE_TOKEN =
  /^(site|global|main|primary|secondary|top|page|mobile|sub)?[-_]?(sidebar|masthead|navbar|nav|navigation|menu|footer|header|topbar|toolbar)([-_]?(wrap|wrapper|container|bar|menu|links|inner|outer|area|region))?$/i;

/** A word every PAGE_FURNITURE_TOKEN match holds: most class names have none, and are not split. */
const FURNITURE_WORD = /sidebar|masthead|nav|menu|footer|header|topbar|toolbar/i;

/** True for an element whose whole subtree is furniture, not policy text. */
export function isFurniture(el: Element): boolean {
  const name = el.localName;
  if (FURNITURE_TAGS.has(name)) return true;
  if ((name === "header" || name === "footer") && !el.parentElement?.closest("article, main, [role=main]"))
    return true;
  const role = el.getAttribute("role");
  if (role && FURNITURE_ROLES.has(role)) return true;
  if (name === "button" && !el.hasAttribute("aria-expanded") && !el.hasAttribute("aria-controls"))
    return true;
  const id = el.getAttribute("id") ?? "";
  const cls = el.getAttribute("class") ?? "";
  if (!id && !cls) return false;
  const names = `${id} ${cls}`;
  if (WIDGET_NAME.test(names)) return !isPolicyContainer(el);
  if (
    FURNITURE_WORD.test(names) &&
    names.split(/\s+/).some((t) => PAGE_FURNITURE_TOKEN.test(t)) &&
    !el.parentElement?.closest("article, main, [role=main]")
  ) {
    return !isPolicyContainer(el);
  }
  return false;
}

/** A furniture-looking name can still wrap the policy ("page-header-and-content"): keep long prose. */
function isPolicyContainer(el: Element): boolean {
  return (
    el.getElementsByTagName("p").length >= 5 ||
    (el.querySelector("h1, h2") !== null && (el.textContent ?? "").length > 3000)
  );
}
