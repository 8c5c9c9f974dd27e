import { render } from "preact";
import { App } from "./App";
import { extensionConnector } from "./connector";

const root = document.getElementById("app");
if (root) render(<App connector={extensionConnector(location.search)} />, root);
