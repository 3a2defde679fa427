// Emits what the add-in needs beside its bundles, once the custom-functions plugin has
// generated functions.json: localised metadata, the help page, and the manifest, each with
// its URLs pointing at the public host.
const fs = require("fs");
const path = require("path");
const { Compilation, WebpackError, sources } = require("webpack");
const { localiseMetadata } = require("./functionsMetadata");
const { renderHelpPage } = require("./helpPage");
const { guidePages } = require("./guidePages");
const { rewriteUrls } = require("./publicUrl");

const LOCALES = ["zh-cn", "zh-tw"];

class AddinAssetsPlugin {
  constructor({ publicUrl, manifestPath, localesDir, namespace, guideDir }) {
    Object.assign(this, { publicUrl, manifestPath, localesDir, namespace, guideDir });
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("AddinAssetsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "AddinAssetsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () =>
        this.emit(compilation),
      );
    });
  }

  emit(compilation) {
    const emit = (name, text) => compilation.emitAsset(name, new sources.RawSource(rewriteUrls(text, this.publicUrl)));
    compilation.fileDependencies.add(this.manifestPath);
    emit("manifest.xml", fs.readFileSync(this.manifestPath, "utf8"));

    const generated = compilation.getAsset("functions.json");
    if (!generated) return; // the metadata plugin reported its own error
    const metadata = JSON.parse(generated.source.source().toString());
    compilation.updateAsset(
      "functions.json",
      new sources.RawSource(rewriteUrls(JSON.stringify(metadata, null, 2), this.publicUrl)),
    );
    for (const locale of LOCALES) {
      const file = path.join(this.localesDir, `functions-${locale}.json`);
      compilation.fileDependencies.add(file);
      const { json, problems } = localiseMetadata(metadata, JSON.parse(fs.readFileSync(file, "utf8")), locale);
      for (const problem of problems) compilation.errors.push(new WebpackError(`Function metadata: ${problem}`));
      emit(`functions-${locale}.json`, json);
    }
    emit("help.html", renderHelpPage(metadata, this.namespace));
    // The analysts' guides, which help.html links to.
    compilation.contextDependencies.add(this.guideDir);
    for (const { file, content } of guidePages(this.guideDir))
      compilation.emitAsset(
        file,
        new sources.RawSource(typeof content === "string" ? rewriteUrls(content, this.publicUrl) : content),
      );
  }
}

module.exports = { AddinAssetsPlugin };
