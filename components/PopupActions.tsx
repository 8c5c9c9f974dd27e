// The popup's action bar. Only the actions that make sense for the current state are shown.
import { t } from "@/lib/i18n";

export interface PopupActionHandlers {
  onCopy?: () => void;
  onOpenInTab?: () => void;
  onTurnOffSite?: () => void;
  onOpenSettings: () => void;
}

export function PopupActions({ onCopy, onOpenInTab, onTurnOffSite, onOpenSettings }: PopupActionHandlers) {
  return (
    <nav class="actions" aria-label={t("actionsLabel")}>
      {onCopy && (
        <button type="button" class="button button--quiet" data-action="copy-markdown" onClick={onCopy}>
          {t("actionCopyMarkdown")}
        </button>
      )}
      {onOpenInTab && (
        <button type="button" class="button button--quiet" data-action="open-in-tab" onClick={onOpenInTab}>
          {t("actionOpenInTab")}
        </button>
      )}
      {onTurnOffSite && (
        <button
          type="button"
          class="button button--quiet"
          data-action="turn-off-site"
          onClick={onTurnOffSite}
        >
          {t("actionTurnOffSite")}
        </button>
      )}
      <button type="button" class="button button--quiet" data-action="settings" onClick={onOpenSettings}>
        {t("actionSettings")}
      </button>
    </nav>
  );
}
