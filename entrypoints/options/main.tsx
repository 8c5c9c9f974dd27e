import { render } from "preact";
import { t } from "@/lib/i18n";
import { extensionChangeAlertsStore } from "./change-alerts-store";
import { Options } from "./Options";
import { extensionOptionsStore } from "./options-store";
import "@/components/theme.css";
import "./options.css";

document.documentElement.lang = t("lang");
document.title = t("optionsTitle");
const root = document.getElementById("app");
if (root)
  render(<Options store={extensionOptionsStore()} changeAlerts={extensionChangeAlertsStore()} />, root);
