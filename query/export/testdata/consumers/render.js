// Renders a CSL-JSON file in APA with citeproc-js and prints one plain-text
// reference per item as a JSON array, for export's consumer tests:
// node render.js NODE_MODULES FILE.
const fs = require("fs");
const path = require("path");
const [mods, file] = process.argv.slice(2);
const CSL = require(path.join(mods, "citeproc"));
const lib = path.join(mods, "@citation-js", "plugin-csl", "lib");
const style = JSON.parse(fs.readFileSync(path.join(lib, "styles.json"), "utf8")).apa;
const locale = JSON.parse(fs.readFileSync(path.join(lib, "locales.json"), "utf8"))["en-US"];
const items = JSON.parse(fs.readFileSync(file, "utf8"));
const byId = Object.fromEntries(items.map((it) => [it.id, it]));
const engine = new CSL.Engine({ retrieveLocale: () => locale, retrieveItem: (id) => byId[id] }, style, "en-US");
engine.setOutputFormat("text");
engine.updateItems(items.map((it) => it.id));
const [meta, refs] = engine.makeBibliography();
if (meta.bibliography_errors.length) {
  console.error(JSON.stringify(meta.bibliography_errors));
  process.exit(1);
}
process.stdout.write(JSON.stringify(Object.fromEntries(meta.entry_ids.map((ids, i) => [ids[0], refs[i].trim()]))));
