/**
 * Migration 4: entity and speaker counts are of current articles only. Earlier versions kept
 * counting an article's entities after a newer version replaced it; only entities of replaced
 * versions are recounted, so a store without versions changes nothing.
 */
export const migration = {
  version: 4,
  name: "current-counts",
  sql: `
CREATE TEMP TABLE stale_entities AS
  SELECT DISTINCT ae.entity_id AS id
  FROM articles a INDEXED BY articles_key
  JOIN article_entities ae ON ae.article_id = a.id
  WHERE a.current = 0;
CREATE TEMP TABLE stale_speakers AS
  SELECT q.speaker_entity_id AS id, count(*) AS n
  FROM quotes q JOIN articles a ON a.id = q.article_id
  WHERE a.current = 1 AND q.speaker_entity_id IN (SELECT id FROM stale_entities)
  GROUP BY q.speaker_entity_id;
UPDATE entities SET
  articles = (SELECT count(*) FROM article_entities ae JOIN articles a ON a.id = ae.article_id
    WHERE ae.entity_id = entities.id AND a.current = 1),
  mentions = (SELECT coalesce(sum(ae.mentions), 0) FROM article_entities ae
    JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = entities.id AND a.current = 1),
  quotes = coalesce((SELECT n FROM stale_speakers s WHERE s.id = entities.id), 0)
WHERE id IN (SELECT id FROM stale_entities);
DROP TABLE stale_entities;
DROP TABLE stale_speakers;
`,
};
