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
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${namespace} functions</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}
code{font-family:Consolas,monospace}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e0e0e0;padding:.25rem .5rem;text-align:left;vertical-align:top}
@media (prefers-color-scheme:dark){body{background:#1f1f1f;color:#f0f0f0}td,th{border-color:#444}}</style>
</head><body>
<h1>${namespace} functions</h1>
<p>Errors: <code>#VALUE!</code> means an argument is not what the function expects, and its message names the argument; <code>#N/A</code> means the dataset has no such id or figure, or the answer lies outside the data.</p>
${sections}
</body></html>
`;
}

module.exports = { renderHelpPage };
