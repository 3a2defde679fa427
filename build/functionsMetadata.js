// Localised custom-function metadata, derived from the generated functions.json so the
// languages cannot drift apart. Only descriptions are translated: ids and names stay as they
// are, as Excel requires for workbooks shared across languages.

/** Returns { json, problems } for one locale's translation table. */
function localiseMetadata(metadata, translations, locale) {
  const problems = [];
  const known = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(translations)) {
    if (!known.has(id)) problems.push(`${locale}: translation for unknown function ${id}`);
  }
  const functions = metadata.functions.map((fn) => {
    const entry = translations[fn.id];
    if (!entry) {
      problems.push(`${locale}: no translation for function ${fn.id}`);
      return fn;
    }
    const parameterNames = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(entry.parameters || {})) {
      if (!parameterNames.has(name)) problems.push(`${locale}: ${fn.id} has no parameter ${name}`);
    }
    const parameters = fn.parameters.map((parameter) => {
      const description = entry.parameters && entry.parameters[parameter.name];
      if (!description) problems.push(`${locale}: no translation for ${fn.id}(${parameter.name})`);
      return { ...parameter, description: description || parameter.description };
    });
    if (!entry.description) problems.push(`${locale}: no description for ${fn.id}`);
    return { ...fn, description: entry.description || fn.description, parameters };
  });
  return { json: JSON.stringify({ ...metadata, functions }, null, 2), problems };
}

module.exports = { localiseMetadata };
