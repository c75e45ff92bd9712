-- CreateEnum
CREATE TYPE "ReportRevisionEvent" AS ENUM ('CREATED', 'SAVED', 'SUBMITTED', 'WITHDRAWN', 'RETURNED', 'PUBLISHED');

-- AlterTable
ALTER TABLE "report_revision" ADD COLUMN     "event" "ReportRevisionEvent" NOT NULL DEFAULT 'SAVED';

