-- CreateIndex
CREATE INDEX "post_created_at_idx" ON "post"("created_at" DESC);

