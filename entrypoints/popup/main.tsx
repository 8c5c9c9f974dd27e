import { render } from "preact";
import { t } from "@/lib/i18n";
import { App } from "./App";
import { extensionConnector } from "./connector";
import "@/components/theme.css";
import "./popup.css";

document.documentElement.lang = t("lang");
document.title = t("extName");
const root = document.getElementById("app");
if (root) render(<App connector={extensionConnector(location.search)} />, root);
