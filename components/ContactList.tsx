// Opt-out contacts. Links are built by contactHref (mailto:, tel:, http(s): only); a value that
// doesn't validate is plain text. Everything from the page is rendered as text nodes.
import { t } from "@/lib/i18n";
import type { Contact } from "@/lib/types";
import { contactHref } from "./contact-href";
import { contactLabel } from "./contact-label";
import { CONTACT_KIND_LABEL, purposeText } from "./verdicts";

export function ContactList({ contacts }: { contacts: Contact[] }) {
  return (
    <ul class="contacts">
      {contacts.map((contact) => {
        const href = contactHref(contact);
        const isWeb = href?.startsWith("http") ?? false;
        const label = contactLabel(contact);
        return (
          <li key={`${contact.kind}:${contact.value}`} class="contact" data-contact-kind={contact.kind}>
            <span class="contact__kind">{t(CONTACT_KIND_LABEL[contact.kind])}</span>
            {href ? (
              <a
                class="contact__value"
                href={href}
                target={isWeb ? "_blank" : undefined}
                rel={isWeb ? "noopener noreferrer" : undefined}
                title={isWeb && label !== contact.value ? href : undefined}
              >
                {label}
              </a>
            ) : (
              <span class="contact__value">{label}</span>
            )}
            {contact.purpose ? <span class="contact__purpose">{purposeText(contact.purpose)}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
