-- AlterTable
ALTER TABLE "thread" ADD COLUMN     "delegation_codes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "focus_area_codes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "gap_kind_codes" TEXT[] DEFAULT ARRAY[]::TEXT[];


-- Written by hand: the copies follow the tag tables, whoever writes them.
CREATE FUNCTION "thread_refresh_tag_copies"(target uuid) RETURNS void
LANGUAGE sql AS $$
  UPDATE "thread" SET
    "focus_area_codes" = ARRAY(SELECT "focus_area_code" FROM "thread_focus_area" WHERE "thread_id" = target ORDER BY 1),
    "gap_kind_codes" = ARRAY(SELECT "gap_kind"::text FROM "thread_gap_kind" WHERE "thread_id" = target ORDER BY 1),
    "delegation_codes" = ARRAY(SELECT d."code" FROM "thread_delegation" td JOIN "delegation" d ON d."id" = td."delegation_id"
                                WHERE td."thread_id" = target ORDER BY 1)
  WHERE "id" = target;
$$;

CREATE FUNCTION "thread_tags_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM "thread_refresh_tag_copies"(NEW."thread_id"); END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN PERFORM "thread_refresh_tag_copies"(OLD."thread_id"); END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "thread_focus_area_copies" AFTER INSERT OR UPDATE OR DELETE ON "thread_focus_area"
  FOR EACH ROW EXECUTE FUNCTION "thread_tags_changed"();
CREATE TRIGGER "thread_gap_kind_copies" AFTER INSERT OR UPDATE OR DELETE ON "thread_gap_kind"
  FOR EACH ROW EXECUTE FUNCTION "thread_tags_changed"();
CREATE TRIGGER "thread_delegation_copies" AFTER INSERT OR UPDATE OR DELETE ON "thread_delegation"
  FOR EACH ROW EXECUTE FUNCTION "thread_tags_changed"();

-- Threads that exist already.
SELECT "thread_refresh_tag_copies"("id") FROM "thread";
