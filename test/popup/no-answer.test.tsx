// @vitest-environment happy-dom
// The popup when its questions get no answer in time (time-limit.ts): a clear state with "Try again"
// instead of "Loading…" for ever; a stored result is still shown when only the page is silent; and an
// ordinary failure keeps its own wording.
import { describe, expect, it } from "vitest";
import { App } from "@/entrypoints/popup/App";
import { NoAnswerError } from "@/entrypoints/popup/time-limit";
import { type FakeConnector, type FakeData, fakeConnector } from "./fake-connector";
import { pageInfoFixture, tabStateFixture } from "./fixtures";
import { buttonNamed, click, englishPopupTests, type Rendered, renderInto } from "./render";

let view: Rendered | undefined;
englishPopupTests();

const silent = (what: string) => () => Promise.reject(new NoAnswerError(what, 5000));

async function popupWith(data: Partial<FakeData>, change: (connector: FakeConnector) => void) {
  const connector = fakeConnector(data);
  const { tabState, pageInfo } = connector;
  change(connector);
  view = await renderInto(<App connector={connector} />);
  return { connector, root: view.root, answerAgain: () => Object.assign(connector, { tabState, pageInfo }) };
}

const stateShown = (root: HTMLElement) => root.querySelector("[data-state]")?.getAttribute("data-state");

describe("no answer in time", () => {
  it("the background is silent: says so and offers to try again, which shows the result", async () => {
    const { root, answerAgain } = await popupWith(
      { state: tabStateFixture(), page: pageInfoFixture() },
      (c) => {
        c.tabState = silent("get-tab-state");
      },
    );
    expect(stateShown(root)).toBe("no-answer");
    expect(root.textContent).toContain("got no answer within 5 seconds");
    expect(root.textContent).not.toContain("Loading");
    answerAgain();
    await click(buttonNamed(root, "Try again"));
    expect(stateShown(root)).toBe("analysed");
  });

  it("only the page is silent, and the background has a result: the result is shown", async () => {
    const { root } = await popupWith({ state: tabStateFixture(), page: pageInfoFixture() }, (c) => {
      c.pageInfo = silent("get-page-info");
    });
    expect(stateShown(root)).toBe("analysed");
  });

  it("the page is silent and there is no result yet: no answer, not 'can't run on this page'", async () => {
    const { root } = await popupWith({ state: null, page: pageInfoFixture() }, (c) => {
      c.pageInfo = silent("get-page-info");
    });
    expect(stateShown(root)).toBe("no-answer");
    expect(root.textContent).not.toContain("can't run on this page");
  });

  it("silent again after trying again: the same state, still with its button", async () => {
    const { root, connector } = await popupWith({ state: tabStateFixture() }, (c) => {
      c.tabState = silent("get-tab-state");
    });
    await click(buttonNamed(root, "Try again"));
    expect(stateShown(root)).toBe("no-answer");
    expect(buttonNamed(root, "Try again")).toBeTruthy();
    expect(connector.callsTo("pageInfo").length).toBe(2);
  });

  it("an error that is not a missing answer keeps the error state and its reason", async () => {
    const { root } = await popupWith({ state: tabStateFixture() }, (c) => {
      c.tabState = () => Promise.reject(new Error("Could not establish connection"));
    });
    expect(stateShown(root)).toBe("error");
    expect(root.textContent).toContain("Reason: Could not establish connection");
    expect(buttonNamed(root, "Try again")).toBeUndefined();
  });
});
