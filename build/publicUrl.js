// Where the add-in is served from. Development uses the dev server; a production build takes
// ADDIN_PUBLIC_URL (or `--env publicUrl=...`), and falls back to a reserved documentation
// host, so a build made without one can never be mistaken for a deployable one.
const DEV_URL = "https://localhost:3000/";
const PLACEHOLDER_URL = "https://compute-alliances.example/";

function normalise(url) {
  const parsed = new URL(url);
  if (parsed.protocol !== "https:") throw new Error(`The public URL must be HTTPS; got ${url}`);
  return parsed.href.endsWith("/") ? parsed.href : `${parsed.href}/`;
}

function resolvePublicUrl(env, mode) {
  if (mode !== "production") return { url: DEV_URL, placeholder: false };
  const given = (env && env.publicUrl) || process.env.ADDIN_PUBLIC_URL;
  return given ? { url: normalise(given), placeholder: false } : { url: PLACEHOLDER_URL, placeholder: true };
}

function rewriteUrls(text, publicUrl) {
  return publicUrl === DEV_URL
    ? text
    : text.split(DEV_URL).join(publicUrl).split(DEV_URL.slice(0, -1)).join(publicUrl.slice(0, -1));
}

module.exports = { DEV_URL, PLACEHOLDER_URL, resolvePublicUrl, rewriteUrls };
