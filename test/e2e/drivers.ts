// The browsers the e2e suites run in, for describe.each: each is skipped where its browser or build is
// missing.
import { existsSync } from "node:fs";
import { launchChromium } from "./chromium-driver";
import type { ExtensionDriver, LaunchOptions } from "./driver";
import { launchFirefox } from "./firefox-driver";
import { CHROME_BUILD, CHROMIUM, FIREFOX, FIREFOX_BUILD } from "./paths";

export interface DriverChoice {
  name: ExtensionDriver["name"];
  available: boolean;
  launch(options?: LaunchOptions): Promise<ExtensionDriver>;
}

export const DRIVERS: DriverChoice[] = [
  { name: "Chromium", available: existsSync(CHROMIUM) && existsSync(CHROME_BUILD), launch: launchChromium },
  { name: "Firefox", available: existsSync(FIREFOX) && existsSync(FIREFOX_BUILD), launch: launchFirefox },
];
