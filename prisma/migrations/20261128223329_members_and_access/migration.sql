-- AlterTable
ALTER TABLE "outbox_message" ADD COLUMN     "smtp_message_id" VARCHAR(300);

-- AlterTable
ALTER TABLE "user" ADD COLUMN     "totp_last_used_step" INTEGER,
ADD COLUMN     "totp_pending_secret" VARCHAR(300);

