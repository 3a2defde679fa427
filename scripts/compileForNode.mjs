// Compiles a TypeScript entry for Node with the project's own webpack and ts-loader, so the
// command-line tools run the same sources as the add-in. Packages stay external: they load
// from node_modules as they are.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import webpack from "webpack";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

export function compileForNode(entry, outputName) {
  const outputPath = join(ROOT, "node_modules", ".cache", "compute-alliances");
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: "production",
        target: "node",
        devtool: false,
        entry: join(ROOT, entry),
        // Its exports are the module.exports of the file, for a build step that requires it.
        output: { path: outputPath, filename: outputName, library: { type: "commonjs2" } },
        resolve: { extensions: [".ts", ".tsx", ".js"] },
        externals: [
          ({ request }, callback) =>
            /^[a-z@][^:]*$/i.test(request) && !request.startsWith(".") ? callback(null, `commonjs ${request}`) : callback(),
        ],
        module: {
          rules: [
            { test: /\.tsx?$/, loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext" } } },
          ],
        },
        optimization: { minimize: false },
        // One file per entry, lazily loaded parts included: entries compiled into the same
        // folder never share (or overwrite) a chunk file.
        plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
      },
      (error, stats) => {
        if (error || stats.hasErrors()) reject(error ?? new Error(stats.toString("errors-only")));
        else resolve(join(outputPath, outputName));
      },
    );
  });
}
