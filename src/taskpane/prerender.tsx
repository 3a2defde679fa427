/**
 * Build time only (build/prerenderPlugin.js): Home rendered to HTML for taskpane.html, so the
 * pane paints before any script runs. It renders the pane's own <App> with the props the entry
 * point hydrates it with (prerendered.tsx); nothing here runs in the pane.
 */
import { Writable } from "node:stream";
import { renderToPipeableStream } from "react-dom/server";
import { prerenderedApp } from "./prerendered";

/**
 * The pane's markup once every lazily loaded part on Home (the Make portable card) has loaded,
 * so the page holds all of Home and hydration finds nothing to fill in.
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
        resolve(html);
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
