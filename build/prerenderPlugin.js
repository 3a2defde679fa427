// Puts the prerendered Home into taskpane.html: the pane's own React components rendered to
// HTML at build time (src/taskpane/prerender.tsx), so the pane paints before any script runs.
// Their styles are already in the extracted CSS file the page links (Griffel's extraction).
const HtmlWebpackPlugin = require("html-webpack-plugin");

const ROOT_ELEMENT = /<div id="?root"?><\/div>/;

class PrerenderPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PrerenderPlugin", (compilation) => {
      HtmlWebpackPlugin.getCompilationHooks(compilation).beforeEmit.tapPromise("PrerenderPlugin", async (data) => {
        if (!ROOT_ELEMENT.test(data.html)) throw new Error(`${data.outputName} has no empty <div id="root"> to prerender into`);
        const { prerenderHome } = await import("../scripts/prerender.mjs");
        // Rendered with the build's own NODE_ENV: Griffel's class names differ between the two.
        const root = await prerenderHome(compiler.options.mode === "production" ? "production" : "development");
        data.html = data.html.replace(ROOT_ELEMENT, () => root);
        return data;
      });
    });
  }
}

module.exports = { PrerenderPlugin };
