// Offline checks of an add-in manifest: what `office-addin-manifest validate` cannot check
// here (its service is online), plus the shared-runtime rules that validator does not know.
// Returns a list of problems; an empty list means the manifest passes.
const fs = require("fs");
const path = require("path");
const { DOMParser } = require("@xmldom/xmldom");

const SHARED_RESID = "Taskpane.Url";

function parse(xml) {
  const errors = [];
  const onError = (level, message) => {
    if (level !== "warning") errors.push(`XML ${level}: ${message}`);
  };
  try {
    const document = new DOMParser({ onError }).parseFromString(xml, "text/xml");
    return { document, errors };
  } catch (error) {
    return { document: null, errors: [...errors, `XML fatal error: ${error.message}`] };
  }
}

const elements = (document, localName) => Array.from(document.getElementsByTagNameNS("*", localName));

/**
 * @param {string} xml the manifest's text
 * @param {{ assetsDir?: string, publicUrl?: string }} options where icon files live, and the
 *   URL prefix they are served under (icons are checked only when both are given)
 */
function checkManifest(xml, options = {}) {
  const { document, errors } = parse(xml);
  if (errors.length > 0 || !document || !document.documentElement) return errors.length > 0 ? errors : ["XML: empty document"];
  const problems = [];

  const defined = new Map();
  for (const name of ["Image", "Url", "String"]) {
    for (const element of elements(document, name)) {
      const id = element.getAttribute("id");
      if (!id) continue;
      if (defined.has(id)) problems.push(`resid ${id} is defined twice`);
      defined.set(id, element);
      if (id.length > 32) problems.push(`resid ${id} is longer than 32 characters`);
    }
  }

  const referenced = Array.from(document.getElementsByTagName("*")).filter((element) => element.hasAttribute("resid"));
  for (const element of referenced) {
    const id = element.getAttribute("resid");
    if (!defined.has(id)) problems.push(`<${element.localName} resid="${id}"> refers to nothing defined in Resources`);
  }

  // The shared runtime loads only when one resid serves all four of these.
  const sharedUses = [
    ["Runtime", elements(document, "Runtime")],
    ["custom-functions Page", elements(document, "Page").flatMap((page) => elements(page, "SourceLocation"))],
    ["FunctionFile", elements(document, "FunctionFile")],
    [
      "ShowTaskpane action",
      elements(document, "Action")
        .filter((action) => action.getAttribute("xsi:type") === "ShowTaskpane")
        .flatMap((action) => elements(action, "SourceLocation")),
    ],
  ];
  for (const [what, found] of sharedUses) {
    if (found.length === 0) problems.push(`no ${what} found`);
    for (const element of found) {
      if (element.getAttribute("resid") !== SHARED_RESID) {
        problems.push(`${what} uses resid ${element.getAttribute("resid")}; the shared runtime needs ${SHARED_RESID}`);
      }
    }
  }
  for (const runtime of elements(document, "Runtime")) {
    if (runtime.getAttribute("lifetime") !== "long") problems.push('the Runtime must have lifetime="long"');
  }
  for (const action of elements(document, "Action")) {
    if (elements(action, "TaskpaneId").length > 0) problems.push("a shared runtime allows no <TaskpaneId>");
  }
  const sharedRuntimeSet = elements(document, "Set").find((set) => set.getAttribute("Name") === "SharedRuntime");
  if (!sharedRuntimeSet) problems.push("Requirements must name the SharedRuntime set");

  const namespace = elements(document, "Namespace")[0];
  const namespaceValue = namespace && defined.get(namespace.getAttribute("resid"));
  if (!namespaceValue || namespaceValue.getAttribute("DefaultValue") !== "COMPUTE") {
    problems.push("the custom-functions namespace must be COMPUTE");
  }

  const permissions = elements(document, "Permissions")[0];
  if (!permissions || permissions.textContent.trim() !== "ReadWriteDocument")
    problems.push("Permissions must be ReadWriteDocument");

  const urls = [];
  for (const element of Array.from(document.getElementsByTagName("*"))) {
    for (const attribute of ["DefaultValue", "Value"]) {
      const value = element.getAttribute(attribute);
      if (value && /^[a-z]+:\/\//i.test(value)) urls.push(value);
    }
    if (element.localName === "AppDomain") urls.push(element.textContent.trim());
  }
  for (const url of urls) if (!url.startsWith("https://")) problems.push(`URL is not HTTPS: ${url}`);

  if (options.assetsDir && options.publicUrl) {
    for (const url of urls.filter((u) => u.startsWith(options.publicUrl) && u.endsWith(".png"))) {
      const file = path.join(options.assetsDir, url.slice(options.publicUrl.length).replace(/^assets\//, ""));
      if (!fs.existsSync(file)) problems.push(`icon file missing: ${url}`);
    }
  }

  for (const name of ["Id", "Version"]) {
    if (!elements(document, name)[0]?.textContent.trim()) problems.push(`<${name}> is missing`);
  }
  return problems;
}

module.exports = { checkManifest, SHARED_RESID };
