-- AlterTable
ALTER TABLE "meeting" ADD COLUMN     "cancellation_reason" VARCHAR(2000);

-- AlterTable
ALTER TABLE "minutes_comment" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "user" ADD COLUMN     "calendar_token_issued_at" TIMESTAMPTZ(3),
ADD COLUMN     "calendar_token_used_at" TIMESTAMPTZ(3);

