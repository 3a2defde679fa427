/**
 * Build time only (build/prerenderPlugin.js): Home rendered to HTML for taskpane.html, so the
 * pane paints before any script runs. It renders the pane's own <App> with the props the entry
 * point hydrates it with (prerendered.tsx); nothing here runs in the pane.
 */
import { Writable } from "node:stream";
import { renderToPipeableStream } from "react-dom/server";
import { PRERENDERED_ATTRIBUTE, prerenderedApp } from "./prerendered";

/**
 * taskpane.html's #root holding the pane's markup, once every lazily loaded part on Home (the
 * Make portable card) has loaded, so the page holds all of Home and hydration finds nothing to
 * fill in. The attribute tells index.tsx the markup is there.
 */
export function prerenderPane(): Promise<string> {
  return new Promise((resolve, reject) => {
    let html = "";
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        html += chunk.toString("utf8");
        done();
      },
      final(done) {
        resolve(`<div id="root" ${PRERENDERED_ATTRIBUTE}>${html}</div>`);
        done();
      },
    });
    const stream = renderToPipeableStream(prerenderedApp(), {
      onAllReady: () => stream.pipe(sink),
      onShellError: reject,
      onError: reject,
    });
  });
}
