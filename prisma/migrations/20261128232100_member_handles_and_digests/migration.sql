-- Handles for @mentions, from the local part of each member's e-mail address.
-- Added nullable, filled in for existing members (duplicates get -2, -3, ...), then required.
ALTER TABLE "user" ADD COLUMN "handle" VARCHAR(64),
ADD COLUMN     "last_digest_at" TIMESTAMPTZ(3);

WITH base AS (
  SELECT id,
         COALESCE(NULLIF(left(regexp_replace(lower(split_part(email, '@', 1)), '[^a-z0-9._-]', '', 'g'), 56), ''), 'member') AS stem,
         created_at
    FROM "user"
), numbered AS (
  SELECT id, stem, row_number() OVER (PARTITION BY stem ORDER BY created_at, id) AS n FROM base
)
UPDATE "user" u
   SET handle = CASE WHEN numbered.n = 1 THEN numbered.stem ELSE numbered.stem || '-' || numbered.n END
  FROM numbered
 WHERE numbered.id = u.id;

ALTER TABLE "user" ALTER COLUMN "handle" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "user_handle_key" ON "user"("handle");

-- A handle is what follows "@" in a post: lower-case letters, digits, dots, dashes, underscores.
ALTER TABLE "user" ADD CONSTRAINT "user_handle_format" CHECK ("handle" ~ '^[a-z0-9][a-z0-9._-]*$');
