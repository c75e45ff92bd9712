-- DropIndex
DROP INDEX "thread_last_post_at_id_idx";

-- CreateIndex
CREATE INDEX "thread_last_post_at_id_idx" ON "thread"("last_post_at" DESC, "id" DESC);

