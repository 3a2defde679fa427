// One build for the shared runtime: the task pane page loads the pane, the custom functions and
// the ribbon commands into one JavaScript runtime (see OFFICE-FACTS: shared runtime).
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { AddinAssetsPlugin } = require("./build/addinAssetsPlugin");
const { PrerenderPlugin } = require("./build/prerenderPlugin");
const { resolvePublicUrl } = require("./build/publicUrl");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const DEV_SERVER_PORT = 3000;

/**
 * The dev certificate: office-addin-dev-certs' files when they exist. Its own
 * getHttpsServerOptions() rejects when the CA is not trusted, as in a Linux container, so
 * the files are read directly; without them webpack-dev-server makes a self-signed one.
 */
function httpsServer() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { cert: "localhost.crt", key: "localhost.key", ca: "ca.crt" };
  const found = Object.values(files).every((file) => fs.existsSync(path.join(dir, file)));
  if (!found) return { type: "https" };
  const options = Object.fromEntries(Object.entries(files).map(([key, file]) => [key, fs.readFileSync(path.join(dir, file))]));
  return { type: "https", options };
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const { url: publicUrl, placeholder } = resolvePublicUrl(env, mode);
  if (placeholder) {
    console.warn(
      `\nADDIN_PUBLIC_URL is not set: dist/ points at ${publicUrl}. Set it to the HTTPS host that will serve dist/.\n`,
    );
  }

  return {
    mode,
    // Production maps carry no source text: smaller, and no development URLs from comments.
    devtool: mode === "production" ? "nosources-source-map" : "eval-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_SOURCE,
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        // Griffel's styles leave the JavaScript for one CSS file (see optimization.splitChunks):
        // Fluent's precompiled rules and ours. Loaders run last to first: ts-loader, then
        // Griffel's build-time makeStyles, then the extraction.
        {
          test: /\.(js|tsx?)$/,
          include: [/node_modules[\\/]@fluentui/, path.resolve(__dirname, "src")],
          use: GriffelCSSExtractionPlugin.loader,
        },
        { test: /\.tsx?$/, exclude: /node_modules/, use: "@griffel/webpack-loader" },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ES modules out of ts-loader, so webpack can tree-shake Fluent UI.
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: true } } },
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
        { test: /\.(png|svg)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    // html-webpack-plugin minifies taskpane.html before the prerendered Home goes in. webpack's
    // own HTML minifier would then run over React's markup and drop the comments hydration
    // reads (<!--$-->, <!-- -->), so it stays off.
    experiments: { html: false },
    optimization: {
      // Readable names for the lazily loaded views' chunks (dataset-view, functions-view and
      // what they share) instead of numbers.
      chunkIds: "named",
      // The page loads both entries into one runtime: one webpack runtime, and the code both
      // use (the dataset, its catalog, the tables) in one shared chunk, downloaded and built once.
      runtimeChunk: "single",
      splitChunks: {
        cacheGroups: {
          shared: { name: "shared", chunks: "initial", minChunks: 2, enforce: true },
          // Griffel orders atomic rules across the whole app, so they are one file, loaded first.
          griffel: { type: "css/mini-extract", name: "styles", chunks: "all", enforce: true },
        },
      },
    },
    plugins: [
      new MiniCssExtractPlugin({ filename: "[name].css", ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The ribbon commands are part of the taskpane bundle: they share its code and data.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new PrerenderPlugin(),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
      new AddinAssetsPlugin({
        publicUrl,
        manifestPath: path.resolve(__dirname, "manifest.xml"),
        localesDir: path.resolve(__dirname, "src/functions/locales"),
        namespace: "COMPUTE",
        guideDir: path.resolve(__dirname, "docs/guide"),
      }),
    ],
    devServer: {
      port: DEV_SERVER_PORT,
      server: httpsServer(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      client: false,
    },
  };
};
