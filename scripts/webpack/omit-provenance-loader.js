// Webpack loader for the task pane's copy of src/data/*.json: leaves out each entry's provenance
// (`source`, and a place's `note`), which no code reads, and marks the file `provenanceOmitted`, the
// one thing that lets src/data/schemas.ts accept entries without it. The committed files, the command
// line and the tests keep every entry's source; test/data/provenance-omitted.test.ts checks that the
// pane's copy loads, and screens as the full files do.
/* eslint-env node */
const path = require('path');

/** The files whose entries carry provenance: where the entries are, and the fields left out. */
const OMITTED = {
  'places.json': { entries: 'places', fields: ['source', 'note'] },
  'uflpa-entity-list.json': { entries: 'entries', fields: ['source'] },
  'sectors.json': { entries: 'sectors', fields: ['source'] },
  'evidence-checklist.json': { entries: 'documents', fields: ['source'] },
};

/** The pane's copy of a data file's content (other files are returned as they are). */
function omitProvenance(file, data) {
  const rule = OMITTED[file];
  if (!rule) return data;
  const entries = data[rule.entries].map((entry) => {
    const copy = { ...entry };
    for (const field of rule.fields) delete copy[field];
    return copy;
  });
  return { ...data, provenanceOmitted: true, [rule.entries]: entries };
}

module.exports = function omitProvenanceLoader(source) {
  return JSON.stringify(omitProvenance(path.basename(this.resourcePath), JSON.parse(source)));
};
module.exports.omitProvenance = omitProvenance;
module.exports.OMITTED = OMITTED;
