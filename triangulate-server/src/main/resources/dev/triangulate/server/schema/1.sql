-- Schema 1: articles as read, their facts, stories with their briefings, and what the API filters on.
CREATE TABLE articles (
  seq       INTEGER PRIMARY KEY AUTOINCREMENT,
  id        TEXT NOT NULL UNIQUE,
  source    TEXT NOT NULL,
  title     TEXT NOT NULL,
  outlet    TEXT NOT NULL,
  url       TEXT NOT NULL,
  authors   TEXT NOT NULL,            -- JSON array of strings
  published TEXT,                     -- ISO day as read (given or inferred from the text), or NULL
  inferred  INTEGER NOT NULL,
  basis     TEXT NOT NULL,
  language  TEXT NOT NULL,
  text      TEXT NOT NULL,
  digest    TEXT NOT NULL,            -- SHA-256 of the text: the same report uploaded twice is stored once
  facts     TEXT NOT NULL,            -- the facts as JSON (render.FactsJson)
  added     TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_digest ON articles(digest);

CREATE VIRTUAL TABLE articles_fts USING fts5(id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE stories (
  id            TEXT PRIMARY KEY,
  title         TEXT NOT NULL,
  first_day     TEXT,                 -- earliest publication day of its members, or NULL
  last_day      TEXT,                 -- latest publication day: "newest first" orders by it
  articles      INTEGER NOT NULL,
  corroborated  INTEGER NOT NULL,
  single_source INTEGER NOT NULL,
  conflicting   INTEGER NOT NULL,
  membership    TEXT NOT NULL,        -- sorted member ids: unchanged membership means an unchanged briefing
  briefing      TEXT NOT NULL,        -- the briefing as JSON (render.JsonRenderer, one story)
  updated       INTEGER NOT NULL      -- ingest generation that last wrote it
);

CREATE TABLE story_articles (story_id TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (story_id, article_id));
CREATE INDEX story_articles_article ON story_articles(article_id);
CREATE TABLE story_terms (story_id TEXT NOT NULL, kind TEXT NOT NULL, term TEXT NOT NULL COLLATE NOCASE);  -- kind: entity or outlet
CREATE INDEX story_terms_term ON story_terms(kind, term);

-- Every cited passage, by article, so an article page can highlight what the briefings cite.
CREATE TABLE evidence (
  article_id TEXT NOT NULL,
  story_id   TEXT NOT NULL,
  finding    TEXT NOT NULL,
  verdict    TEXT NOT NULL,
  statement  TEXT NOT NULL,
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL
);
CREATE INDEX evidence_article ON evidence(article_id);
CREATE INDEX evidence_story ON evidence(story_id);
