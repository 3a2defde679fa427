// The analysts' guides (docs/guide/*.md) rendered as pages served with the add-in, beside
// help.html, so that the function help links to them where they fit. Links between guide pages
// become links between the pages; a link to the function reference goes to help.html; an image
// is served beside the page; a link into the repository (the engineering pages, the source)
// keeps its text and loses its link, since nothing of the repository is served.
const fs = require("fs");
const path = require("path");
const { Marked } = require("marked");
const { pageShell } = require("./helpPage");

/** Where a guide's link goes once it is served: a page, help.html, an image beside it, or nowhere. */
function servedTarget(href) {
  if (/^(https?:|mailto:|#)/.test(href)) return href;
  const [file, anchor] = href.split("#");
  const hash = anchor === undefined ? "" : `#${anchor}`;
  if (/^[\w-]+\.md$/.test(file)) return `${file === "README.md" ? "index" : file.slice(0, -3)}.html${hash}`;
  if (file === "../functions.md") return `../help.html${hash}`;
  if (/^\.\.\/[\w-]+\.png$/.test(file)) return path.basename(file);
  return null;
}

/** Every guide page as HTML, and the images they show: { file, content } with paths under guide/. */
function guidePages(guideDir) {
  const images = new Set();
  const marked = new Marked({
    walkTokens(token) {
      if (token.type !== "link" && token.type !== "image") return;
      const target = servedTarget(token.href);
      if (target?.endsWith(".png")) images.add(target);
      if (target !== null) token.href = target;
      else Object.assign(token, { type: "text", tokens: undefined });
    },
  });
  const pages = fs
    .readdirSync(guideDir)
    .filter((name) => name.endsWith(".md"))
    .map((name) => {
      const markdown = fs.readFileSync(path.join(guideDir, name), "utf8");
      const title = /^# (.*)$/m.exec(markdown)?.[1] ?? name;
      const file = `guide/${name === "README.md" ? "index" : name.slice(0, -3)}.html`;
      return { file, content: pageShell(title, marked.parse(markdown)) };
    });
  const pictures = [...images].map((image) => ({
    file: `guide/${image}`,
    content: fs.readFileSync(path.join(guideDir, "..", image)),
  }));
  return [...pages, ...pictures];
}

module.exports = { guidePages, servedTarget };
