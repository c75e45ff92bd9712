-- Full-text search (issue 7). Weighted tsvector columns that the database keeps current
-- (GENERATED ... STORED), GIN indexes on them, and one text search configuration for all:
-- English stemming, with accents and diacritics folded away (unaccent), so that "Lodz" finds
-- "Łódź" and "Island" finds "Ísland". Weights: A titles and names, B texts, C the rest.

CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION egcc_search (COPY = english);
ALTER TEXT SEARCH CONFIGURATION egcc_search
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- The titles or descriptions of a published agenda's items, one text (for agenda_version).
CREATE FUNCTION egcc_agenda_text(snapshot jsonb, field text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN coalesce(
    (SELECT string_agg(item ->> field, E'\n') FROM jsonb_array_elements(snapshot -> 'items') AS item),
    ''
  );

-- AlterTable
ALTER TABLE "thread" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('egcc_search', "title"), 'A')
) STORED;

-- AlterTable
ALTER TABLE "post" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('egcc_search', "body"), 'B')
) STORED;

-- AlterTable
ALTER TABLE "national_report" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('egcc_search', "title"), 'A') ||
  setweight(to_tsvector('egcc_search', "summary" || E'\n' || "good_practices" || E'\n' || "next_steps"), 'B')
) STORED;

-- AlterTable
ALTER TABLE "report_measure" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('egcc_search', "title"), 'A') ||
  setweight(to_tsvector('egcc_search', "description"), 'B')
) STORED;

-- AlterTable
ALTER TABLE "report_gap" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('egcc_search', "description"), 'B')
) STORED;

-- AlterTable
ALTER TABLE "meeting" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('egcc_search', "title"), 'A') ||
  setweight(to_tsvector('egcc_search', "description"), 'B') ||
  setweight(to_tsvector('egcc_search', coalesce("place", '')), 'C')
) STORED;

-- AlterTable
ALTER TABLE "agenda_version" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('egcc_search', egcc_agenda_text("snapshot", 'title')), 'B') ||
  setweight(to_tsvector('egcc_search', egcc_agenda_text("snapshot", 'description')), 'C')
) STORED;

-- AlterTable
ALTER TABLE "minutes_entry" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('egcc_search', "body"), 'B')
) STORED;

-- AlterTable
ALTER TABLE "decision" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('egcc_search', "text"), 'B')
) STORED;

-- AlterTable
ALTER TABLE "action_item" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('egcc_search', "title"), 'A') ||
  setweight(to_tsvector('egcc_search', "description"), 'B')
) STORED;

-- AlterTable
ALTER TABLE "user" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('egcc_search', "name"), 'A') ||
  setweight(to_tsvector('egcc_search', coalesce("title", '')), 'C')
) STORED;

-- CreateIndex
CREATE INDEX "thread_search_vector_idx" ON "thread" USING GIN ("search_vector");
CREATE INDEX "post_search_vector_idx" ON "post" USING GIN ("search_vector");
CREATE INDEX "national_report_search_vector_idx" ON "national_report" USING GIN ("search_vector");
CREATE INDEX "report_measure_search_vector_idx" ON "report_measure" USING GIN ("search_vector");
CREATE INDEX "report_gap_search_vector_idx" ON "report_gap" USING GIN ("search_vector");
CREATE INDEX "meeting_search_vector_idx" ON "meeting" USING GIN ("search_vector");
CREATE INDEX "agenda_version_search_vector_idx" ON "agenda_version" USING GIN ("search_vector");
CREATE INDEX "minutes_entry_search_vector_idx" ON "minutes_entry" USING GIN ("search_vector");
CREATE INDEX "decision_search_vector_idx" ON "decision" USING GIN ("search_vector");
CREATE INDEX "action_item_search_vector_idx" ON "action_item" USING GIN ("search_vector");
CREATE INDEX "user_search_vector_idx" ON "user" USING GIN ("search_vector");
