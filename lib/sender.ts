// Who may talk to whom: only this extension's own pages and content scripts.

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; incognito?: boolean };
}

/** A message from one of our content scripts (it runs inside a tab). */
export function isOwnContentScript(sender: SenderLike, extensionId: string): boolean {
  return sender.id === extensionId && typeof sender.tab?.id === "number";
}

/** A message from one of our extension pages (popup, options), identified by its origin. */
export function isOwnExtensionPage(
  sender: SenderLike,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  return (
    sender.id === extensionId && typeof sender.url === "string" && sender.url.startsWith(extensionOrigin)
  );
}
