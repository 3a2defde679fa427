import { toHaveNoViolations } from "jest-axe";
import { loadStrings } from "../../src/taskpane/strings";

expect.extend(toHaveNoViolations);

// jsdom lays nothing out and does not scroll; the pane restores a view's scroll position on return.
if (typeof window !== "undefined") window.scrollTo = () => undefined;

// The pane loads its starting language before rendering (src/taskpane/index.tsx); component tests
// render App directly, so every language is loaded first.
beforeAll(() => Promise.all([loadStrings("zh-CN"), loadStrings("zh-TW")]));
