-- Schema 2: each article's analysis (sentences, tokens, facts; server AnalysisCodec), so a restart loads
-- it instead of analysing every article again. NULL for articles stored before: analysed once on start.
ALTER TABLE articles ADD COLUMN analysis TEXT;
