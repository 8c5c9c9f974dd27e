// Turns what someone types ("Example.com", "https://www.example.com/privacy") into the hostname the
// per-site switch compares with, or null when it isn't a site.
import { siteOf } from "@/lib/storage";

const HOSTNAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$|^localhost$/;

export function siteFromInput(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text || /\s/.test(text)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `https://${text}`;
  const site = siteOf(withScheme);
  return site && HOSTNAME.test(site) ? site : null;
}
