/**
 * Migration 2: read-only views of the full-text vocabularies (no storage of their own), so a
 * prefix search (`negotiat*`) can be expanded into the few words it stands for.
 */
export const migration = {
  version: 2,
  name: "vocabulary",
  sql: `
CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row');
CREATE VIRTUAL TABLE quotes_vocab USING fts5vocab(quotes_fts, 'row');
`,
};
