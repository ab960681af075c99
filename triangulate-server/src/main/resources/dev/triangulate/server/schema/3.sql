-- Schema 3: the entities each story's briefing names, for GET /api/entities. One row per entity of a story,
-- written with the story's other rows; the API adds them up across stories by canonical name.
CREATE TABLE story_entities (
  story_id  TEXT NOT NULL,
  canonical TEXT NOT NULL,
  type      TEXT NOT NULL,            -- EntityType label: person, organization, place, other
  aliases   TEXT NOT NULL,            -- JSON array of the other names, canonical excluded
  articles  TEXT NOT NULL,            -- JSON array of the ids of the member articles that mention it
  mentions  INTEGER NOT NULL
);
CREATE INDEX story_entities_story ON story_entities(story_id);

-- Stories stored before have no entity rows: forgetting their membership makes the start-up recovery
-- (Corpus.open) see them as changed and write them again, entity rows included, from the stored analyses.
UPDATE stories SET membership = '';
