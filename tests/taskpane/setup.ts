import { toHaveNoViolations } from "jest-axe";

expect.extend(toHaveNoViolations);

// jsdom lays nothing out and does not scroll; the pane restores a view's scroll position on return.
if (typeof window !== "undefined") window.scrollTo = () => undefined;
