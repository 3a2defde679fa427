// help.html: the reference page each function's help link opens, rendered from the generated
// functions.json so it always documents exactly the functions that ship.
const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

function signature(namespace, fn) {
  const params = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
  return `=${namespace}.${fn.name}(${params})`;
}

function renderHelpPage(metadata, namespace) {
  const sections = metadata.functions
    .map((fn) => {
      const rows = fn.parameters
        .map(
          (p) =>
            `<tr><td><code>${escape(p.name)}</code></td><td>${p.optional ? "optional" : "required"}</td><td>${escape(p.description || "")}</td></tr>`,
        )
        .join("\n");
      return `<section id="${escape(fn.id.toLowerCase())}">
<h2><code>${escape(signature(namespace, fn))}</code></h2>
<p>${escape(fn.description || "")}</p>
<table><thead><tr><th>Argument</th><th></th><th>Meaning</th></tr></thead><tbody>
${rows}
</tbody></table>
<p><strong>Returns:</strong> ${escape((fn.result && fn.result.description) || "")}</p>
</section>`;
    })
    .join("\n");
  return pageShell(
    `${namespace} functions`,
    `<h1>${namespace} functions</h1>
<p>Errors: <code>#VALUE!</code> means an argument is not what the function expects, and its message names the argument; <code>#N/A</code> means the dataset has no such id or figure, or the answer lies outside the data.</p>
<p>How to use them, with examples: <a href="guide/functions.html">the guide to the functions</a>; all the guides: <a href="guide/index.html">guides for analysts</a>.</p>
${sections}`,
  );
}

/** A page served with the add-in (help.html, the guides), in the same light and dark style. */
function pageShell(title, body) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}
code{font-family:Consolas,monospace}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e0e0e0;padding:.25rem .5rem;text-align:left;vertical-align:top}
img{max-width:100%}a{color:#0f6cbd}
@media (prefers-color-scheme:dark){body{background:#1f1f1f;color:#f0f0f0}td,th{border-color:#444}a{color:#479ef5}}</style>
</head><body>
${body}
</body></html>
`;
}

/** A Markdown cell: one line, its pipes escaped. */
const cell = (text) =>
  String(text || "")
    .replace(/\s+/g, " ")
    .replace(/\|/g, "\\|");

/**
 * docs/functions.md: the same reference as help.html, from the same functions.json, for readers
 * of the repository. A build test fails when the committed file is not what this renders.
 */
function renderFunctionsMarkdown(metadata, namespace) {
  const sections = metadata.functions.map((fn) =>
    [
      `<a id="${fn.id.toLowerCase()}"></a>`,
      "",
      `## \`${signature(namespace, fn)}\``,
      "",
      cell(fn.description),
      "",
      "| argument | | meaning |",
      "|---|---|---|",
      ...fn.parameters.map((p) => `| \`${p.name}\` | ${p.optional ? "optional" : "required"} | ${cell(p.description)} |`),
      ...(fn.result && fn.result.description ? ["", `**Returns:** ${cell(fn.result.description)}`] : []),
    ].join("\n"),
  );
  return [
    `# ${namespace} functions`,
    "",
    "Generated from the functions' metadata (`functions.json`) by `node scripts/functions-doc.mjs` after `npm run build`; the same reference is `help.html`, served with the add-in. How to use them: [the guide](guide/functions.md).",
    "",
    "Errors: `#VALUE!` means an argument is not what the function expects, and its message names the argument; `#N/A` means the dataset has no such id or figure, or the answer lies outside the data.",
    "",
    sections.join("\n\n"),
    "",
  ].join("\n");
}

module.exports = { renderHelpPage, renderFunctionsMarkdown, pageShell };
