-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DelegationKind" AS ENUM ('MEMBER_STATE', 'INSTITUTION');

-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "MeasureKindCode" AS ENUM ('LEGISLATIVE', 'POLITICAL', 'ADMINISTRATIVE');

-- CreateEnum
CREATE TYPE "GapKindCode" AS ENUM ('SERVICES', 'EXPERTISE', 'CAPACITY');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'CHAIR', 'DELEGATE', 'OBSERVER');

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('INVITED', 'ACTIVE', 'DEACTIVATED');

-- CreateEnum
CREATE TYPE "AuthAttemptKind" AS ENUM ('SIGN_IN', 'PASSWORD_RESET', 'MFA');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "MeasureStatus" AS ENUM ('PLANNED', 'ADOPTED', 'IN_FORCE');

-- CreateEnum
CREATE TYPE "ReportCommentKind" AS ENUM ('COMMENT', 'RETURNED');

-- CreateEnum
CREATE TYPE "SubscriptionLevel" AS ENUM ('FOLLOWING', 'MUTED', 'NONE');

-- CreateEnum
CREATE TYPE "SubscriptionReason" AS ENUM ('CREATED', 'REPLIED', 'MENTIONED', 'TAG', 'MANUAL');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('DRAFT', 'AGENDA_PUBLISHED', 'HELD', 'MINUTES_APPROVED');

-- CreateEnum
CREATE TYPE "AgendaItemKind" AS ENUM ('INFORMATION', 'DISCUSSION', 'DECISION');

-- CreateEnum
CREATE TYPE "AttendanceResponse" AS ENUM ('IN_PERSON', 'ONLINE', 'NOT_ATTENDING', 'TENTATIVE');

-- CreateEnum
CREATE TYPE "MinutesStatus" AS ENUM ('DRAFT', 'CIRCULATED', 'APPROVED');

-- CreateEnum
CREATE TYPE "ActionItemStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('THREAD_REPLY', 'MENTION', 'TAG_NEW_THREAD', 'POST_MODERATED', 'REPORT_SUBMITTED', 'REPORT_RETURNED', 'REPORT_PUBLISHED', 'AGENDA_PUBLISHED', 'ATTENDANCE_REMINDER', 'MINUTES_CIRCULATED', 'MINUTES_APPROVED', 'ACTION_ITEM_DUE');

-- CreateEnum
CREATE TYPE "NotificationDelivery" AS ENUM ('IN_APP', 'EMAIL_IMMEDIATE', 'EMAIL_DIGEST');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "delegation" (
    "id" UUID NOT NULL,
    "code" VARCHAR(8) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "native_name" VARCHAR(200),
    "kind" "DelegationKind" NOT NULL,
    "membership_status" "MembershipStatus" NOT NULL DEFAULT 'ACTIVE',
    "status_since" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "delegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delegation_status_change" (
    "id" UUID NOT NULL,
    "delegation_id" UUID NOT NULL,
    "status" "MembershipStatus" NOT NULL,
    "effective_on" DATE NOT NULL,
    "note" VARCHAR(500),
    "recorded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "delegation_status_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ministry" (
    "id" UUID NOT NULL,
    "delegation_id" UUID NOT NULL,
    "name" VARCHAR(300) NOT NULL,
    "native_name" VARCHAR(300),
    "abbreviation" VARCHAR(40),
    "website" VARCHAR(500),
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ministry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "focus_area" (
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL,
    "archived_at" TIMESTAMPTZ(3),

    CONSTRAINT "focus_area_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "measure_kind" (
    "code" "MeasureKindCode" NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL,

    CONSTRAINT "measure_kind_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "gap_kind" (
    "code" "GapKindCode" NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL,

    CONSTRAINT "gap_kind_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "uncrc_article" (
    "number" INTEGER NOT NULL,
    "title" VARCHAR(200) NOT NULL,

    CONSTRAINT "uncrc_article_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "user" (
    "id" UUID NOT NULL,
    "email" VARCHAR(320) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "title" VARCHAR(200),
    "roles" "Role"[],
    "status" "UserStatus" NOT NULL DEFAULT 'INVITED',
    "delegation_id" UUID,
    "ministry_id" UUID,
    "appointed_on" DATE,
    "term_ends_on" DATE,
    "password_hash" VARCHAR(200),
    "password_changed_at" TIMESTAMPTZ(3),
    "totp_secret" VARCHAR(300),
    "totp_enabled_at" TIMESTAMPTZ(3),
    "time_zone" VARCHAR(64) NOT NULL DEFAULT 'Europe/Brussels',
    "calendar_token_hash" VARCHAR(64),
    "last_sign_in_at" TIMESTAMPTZ(3),
    "deactivated_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recovery_code" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "code_hash" VARCHAR(200) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recovery_code_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invitation" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "email" VARCHAR(320) NOT NULL,
    "roles" "Role"[],
    "delegation_id" UUID,
    "ministry_id" UUID,
    "token_hash" VARCHAR(64) NOT NULL,
    "invited_by_id" UUID,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "last_sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "send_count" INTEGER NOT NULL DEFAULT 1,
    "accepted_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idle_expires_at" TIMESTAMPTZ(3) NOT NULL,
    "absolute_expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "revoked_reason" VARCHAR(60),
    "user_agent" VARCHAR(500),
    "ip_address" VARCHAR(64),
    "mfa_verified_at" TIMESTAMPTZ(3),

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "password_reset" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "requested_ip" VARCHAR(64),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "password_reset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth_attempt" (
    "id" BIGSERIAL NOT NULL,
    "kind" "AuthAttemptKind" NOT NULL,
    "email" VARCHAR(320),
    "ip_address" VARCHAR(64) NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "auth_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reporting_period" (
    "id" UUID NOT NULL,
    "code" VARCHAR(20) NOT NULL,
    "label" VARCHAR(100) NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "due_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reporting_period_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "national_report" (
    "id" UUID NOT NULL,
    "delegation_id" UUID NOT NULL,
    "period_id" UUID,
    "meeting_id" UUID,
    "title" VARCHAR(300) NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "summary" TEXT NOT NULL DEFAULT '',
    "good_practices" TEXT NOT NULL DEFAULT '',
    "next_steps" TEXT NOT NULL DEFAULT '',
    "created_by_id" UUID,
    "updated_by_id" UUID,
    "submitted_at" TIMESTAMPTZ(3),
    "submitted_by_id" UUID,
    "published_at" TIMESTAMPTZ(3),
    "published_by_id" UUID,
    "returned_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "national_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_measure" (
    "id" UUID NOT NULL,
    "report_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "MeasureKindCode" NOT NULL,
    "status" "MeasureStatus" NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "report_measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "measure_focus_area" (
    "measure_id" UUID NOT NULL,
    "focus_area_code" VARCHAR(40) NOT NULL,

    CONSTRAINT "measure_focus_area_pkey" PRIMARY KEY ("measure_id","focus_area_code")
);

-- CreateTable
CREATE TABLE "measure_uncrc_article" (
    "measure_id" UUID NOT NULL,
    "article_number" INTEGER NOT NULL,

    CONSTRAINT "measure_uncrc_article_pkey" PRIMARY KEY ("measure_id","article_number")
);

-- CreateTable
CREATE TABLE "report_gap" (
    "id" UUID NOT NULL,
    "report_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "GapKindCode" NOT NULL,
    "focus_area_code" VARCHAR(40),
    "description" TEXT NOT NULL,

    CONSTRAINT "report_gap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_revision" (
    "id" UUID NOT NULL,
    "report_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "ReportStatus" NOT NULL,
    "snapshot" JSONB NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_comment" (
    "id" UUID NOT NULL,
    "report_id" UUID NOT NULL,
    "author_id" UUID,
    "kind" "ReportCommentKind" NOT NULL DEFAULT 'COMMENT',
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "thread" (
    "id" UUID NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "author_id" UUID,
    "report_id" UUID,
    "meeting_id" UUID,
    "last_post_number" INTEGER NOT NULL DEFAULT 0,
    "reply_count" INTEGER NOT NULL DEFAULT 0,
    "last_post_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_poster_id" UUID,
    "pinned_at" TIMESTAMPTZ(3),
    "pinned_by_id" UUID,
    "locked_at" TIMESTAMPTZ(3),
    "locked_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "thread_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "thread_focus_area" (
    "thread_id" UUID NOT NULL,
    "focus_area_code" VARCHAR(40) NOT NULL,

    CONSTRAINT "thread_focus_area_pkey" PRIMARY KEY ("thread_id","focus_area_code")
);

-- CreateTable
CREATE TABLE "thread_gap_kind" (
    "thread_id" UUID NOT NULL,
    "gap_kind" "GapKindCode" NOT NULL,

    CONSTRAINT "thread_gap_kind_pkey" PRIMARY KEY ("thread_id","gap_kind")
);

-- CreateTable
CREATE TABLE "thread_delegation" (
    "thread_id" UUID NOT NULL,
    "delegation_id" UUID NOT NULL,

    CONSTRAINT "thread_delegation_pkey" PRIMARY KEY ("thread_id","delegation_id")
);

-- CreateTable
CREATE TABLE "post" (
    "id" UUID NOT NULL,
    "thread_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "author_id" UUID,
    "body" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "reply_to_post_id" UUID,
    "edit_count" INTEGER NOT NULL DEFAULT 0,
    "edited_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,
    "hidden_at" TIMESTAMPTZ(3),
    "hidden_by_id" UUID,
    "hidden_reason" VARCHAR(500),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "post_revision" (
    "id" UUID NOT NULL,
    "post_id" UUID NOT NULL,
    "revision" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "edited_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "post_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mention" (
    "post_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,

    CONSTRAINT "mention_pkey" PRIMARY KEY ("post_id","user_id")
);

-- CreateTable
CREATE TABLE "thread_read_state" (
    "user_id" UUID NOT NULL,
    "thread_id" UUID NOT NULL,
    "last_read_post_number" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "thread_read_state_pkey" PRIMARY KEY ("user_id","thread_id")
);

-- CreateTable
CREATE TABLE "thread_subscription" (
    "user_id" UUID NOT NULL,
    "thread_id" UUID NOT NULL,
    "level" "SubscriptionLevel" NOT NULL,
    "reason" "SubscriptionReason" NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "thread_subscription_pkey" PRIMARY KEY ("user_id","thread_id")
);

-- CreateTable
CREATE TABLE "tag_subscription" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "focus_area_code" VARCHAR(40),
    "gap_kind" "GapKindCode",
    "delegation_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tag_subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "idempotency_key" (
    "user_id" UUID NOT NULL,
    "key" VARCHAR(200) NOT NULL,
    "scope" VARCHAR(200) NOT NULL,
    "request_hash" VARCHAR(64) NOT NULL,
    "response_status" INTEGER NOT NULL,
    "response_body" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("user_id","key")
);

-- CreateTable
CREATE TABLE "meeting" (
    "id" UUID NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "time_zone" VARCHAR(64) NOT NULL,
    "place" VARCHAR(500),
    "online_url" VARCHAR(1000),
    "host_delegation_id" UUID,
    "status" "MeetingStatus" NOT NULL DEFAULT 'DRAFT',
    "ical_sequence" INTEGER NOT NULL DEFAULT 0,
    "cancelled_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agenda_item" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" "AgendaItemKind" NOT NULL,
    "duration_minutes" INTEGER NOT NULL,
    "presenter_user_id" UUID,
    "presenter_delegation_id" UUID,
    "is_action_item_follow_up" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "agenda_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agenda_item_report" (
    "agenda_item_id" UUID NOT NULL,
    "report_id" UUID NOT NULL,

    CONSTRAINT "agenda_item_report_pkey" PRIMARY KEY ("agenda_item_id","report_id")
);

-- CreateTable
CREATE TABLE "agenda_item_thread" (
    "agenda_item_id" UUID NOT NULL,
    "thread_id" UUID NOT NULL,

    CONSTRAINT "agenda_item_thread_pkey" PRIMARY KEY ("agenda_item_id","thread_id")
);

-- CreateTable
CREATE TABLE "agenda_version" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "published_by_id" UUID,
    "published_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agenda_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attendance" (
    "meeting_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "response" "AttendanceResponse" NOT NULL,
    "comment" VARCHAR(500),
    "responded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attendance_pkey" PRIMARY KEY ("meeting_id","user_id")
);

-- CreateTable
CREATE TABLE "minutes" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "status" "MinutesStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "circulated_at" TIMESTAMPTZ(3),
    "approved_at" TIMESTAMPTZ(3),
    "approved_by_id" UUID,
    "approved_at_meeting_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "minutes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "minutes_entry" (
    "id" UUID NOT NULL,
    "minutes_id" UUID NOT NULL,
    "agenda_item_id" UUID,
    "body" TEXT NOT NULL DEFAULT '',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "minutes_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "minutes_revision" (
    "id" UUID NOT NULL,
    "minutes_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "MinutesStatus" NOT NULL,
    "snapshot" JSONB NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "minutes_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "minutes_comment" (
    "id" UUID NOT NULL,
    "minutes_id" UUID NOT NULL,
    "agenda_item_id" UUID,
    "author_id" UUID,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "minutes_comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "decision" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "agenda_item_id" UUID,
    "text" TEXT NOT NULL,
    "recorded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action_item" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "agenda_item_id" UUID,
    "decision_id" UUID,
    "title" VARCHAR(300) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "owner_delegation_id" UUID,
    "owner_user_id" UUID,
    "due_on" DATE,
    "status" "ActionItemStatus" NOT NULL DEFAULT 'OPEN',
    "closed_at" TIMESTAMPTZ(3),
    "reminder_sent_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "action_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action_item_update" (
    "id" UUID NOT NULL,
    "action_item_id" UUID NOT NULL,
    "author_id" UUID,
    "status" "ActionItemStatus",
    "note" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "action_item_update_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "actor_id" UUID,
    "thread_id" UUID,
    "post_id" UUID,
    "report_id" UUID,
    "meeting_id" UUID,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "read_at" TIMESTAMPTZ(3),
    "emailed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_preference" (
    "user_id" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "delivery" "NotificationDelivery" NOT NULL,

    CONSTRAINT "notification_preference_pkey" PRIMARY KEY ("user_id","kind")
);

-- CreateTable
CREATE TABLE "outbox_message" (
    "id" UUID NOT NULL,
    "to_address" VARCHAR(320) NOT NULL,
    "user_id" UUID,
    "template" VARCHAR(60) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "text_body" TEXT NOT NULL,
    "html_body" TEXT,
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbox_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attachment" (
    "id" UUID NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "content_type" VARCHAR(200) NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "storage_key" VARCHAR(500) NOT NULL,
    "uploaded_by_id" UUID,
    "report_id" UUID,
    "meeting_id" UUID,
    "post_id" UUID,
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "action" VARCHAR(100) NOT NULL,
    "target_type" VARCHAR(60),
    "target_id" VARCHAR(100),
    "ip_address" VARCHAR(64),
    "user_agent" VARCHAR(500),
    "request_id" VARCHAR(100),
    "details" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "live_event" (
    "id" BIGSERIAL NOT NULL,
    "channel" VARCHAR(100) NOT NULL,
    "type" VARCHAR(60) NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "live_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "delegation_code_key" ON "delegation"("code");

-- CreateIndex
CREATE INDEX "delegation_membership_status_idx" ON "delegation"("membership_status");

-- CreateIndex
CREATE INDEX "delegation_status_change_recorded_by_id_idx" ON "delegation_status_change"("recorded_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "delegation_status_change_delegation_id_status_effective_on_key" ON "delegation_status_change"("delegation_id", "status", "effective_on");

-- CreateIndex
CREATE UNIQUE INDEX "ministry_delegation_id_name_key" ON "ministry"("delegation_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "user_calendar_token_hash_key" ON "user"("calendar_token_hash");

-- CreateIndex
CREATE INDEX "user_delegation_id_idx" ON "user"("delegation_id");

-- CreateIndex
CREATE INDEX "user_ministry_id_idx" ON "user"("ministry_id");

-- CreateIndex
CREATE INDEX "user_status_idx" ON "user"("status");

-- CreateIndex
CREATE INDEX "user_name_idx" ON "user"("name");

-- CreateIndex
CREATE INDEX "recovery_code_user_id_idx" ON "recovery_code"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "invitation_user_id_key" ON "invitation"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "invitation_token_hash_key" ON "invitation"("token_hash");

-- CreateIndex
CREATE INDEX "invitation_invited_by_id_idx" ON "invitation"("invited_by_id");

-- CreateIndex
CREATE INDEX "invitation_delegation_id_idx" ON "invitation"("delegation_id");

-- CreateIndex
CREATE INDEX "invitation_ministry_id_idx" ON "invitation"("ministry_id");

-- CreateIndex
CREATE INDEX "invitation_email_idx" ON "invitation"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_hash_key" ON "session"("token_hash");

-- CreateIndex
CREATE INDEX "session_user_id_revoked_at_idx" ON "session"("user_id", "revoked_at");

-- CreateIndex
CREATE INDEX "session_absolute_expires_at_idx" ON "session"("absolute_expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "password_reset_token_hash_key" ON "password_reset"("token_hash");

-- CreateIndex
CREATE INDEX "password_reset_user_id_idx" ON "password_reset"("user_id");

-- CreateIndex
CREATE INDEX "auth_attempt_kind_email_created_at_idx" ON "auth_attempt"("kind", "email", "created_at");

-- CreateIndex
CREATE INDEX "auth_attempt_kind_ip_address_created_at_idx" ON "auth_attempt"("kind", "ip_address", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "reporting_period_code_key" ON "reporting_period"("code");

-- CreateIndex
CREATE INDEX "reporting_period_starts_on_idx" ON "reporting_period"("starts_on");

-- CreateIndex
CREATE INDEX "national_report_period_id_status_idx" ON "national_report"("period_id", "status");

-- CreateIndex
CREATE INDEX "national_report_meeting_id_idx" ON "national_report"("meeting_id");

-- CreateIndex
CREATE INDEX "national_report_status_published_at_idx" ON "national_report"("status", "published_at");

-- CreateIndex
CREATE INDEX "national_report_created_by_id_idx" ON "national_report"("created_by_id");

-- CreateIndex
CREATE INDEX "national_report_updated_by_id_idx" ON "national_report"("updated_by_id");

-- CreateIndex
CREATE INDEX "national_report_submitted_by_id_idx" ON "national_report"("submitted_by_id");

-- CreateIndex
CREATE INDEX "national_report_published_by_id_idx" ON "national_report"("published_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "national_report_delegation_id_period_id_key" ON "national_report"("delegation_id", "period_id");

-- CreateIndex
CREATE UNIQUE INDEX "national_report_delegation_id_meeting_id_key" ON "national_report"("delegation_id", "meeting_id");

-- CreateIndex
CREATE INDEX "report_measure_kind_idx" ON "report_measure"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "report_measure_report_id_position_key" ON "report_measure"("report_id", "position");

-- CreateIndex
CREATE INDEX "measure_focus_area_focus_area_code_idx" ON "measure_focus_area"("focus_area_code");

-- CreateIndex
CREATE INDEX "measure_uncrc_article_article_number_idx" ON "measure_uncrc_article"("article_number");

-- CreateIndex
CREATE INDEX "report_gap_kind_idx" ON "report_gap"("kind");

-- CreateIndex
CREATE INDEX "report_gap_focus_area_code_idx" ON "report_gap"("focus_area_code");

-- CreateIndex
CREATE UNIQUE INDEX "report_gap_report_id_position_key" ON "report_gap"("report_id", "position");

-- CreateIndex
CREATE INDEX "report_revision_created_by_id_idx" ON "report_revision"("created_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "report_revision_report_id_version_key" ON "report_revision"("report_id", "version");

-- CreateIndex
CREATE INDEX "report_comment_report_id_created_at_idx" ON "report_comment"("report_id", "created_at");

-- CreateIndex
CREATE INDEX "report_comment_author_id_idx" ON "report_comment"("author_id");

-- CreateIndex
CREATE INDEX "thread_last_post_at_id_idx" ON "thread"("last_post_at" DESC, "id");

-- CreateIndex
CREATE INDEX "thread_pinned_at_idx" ON "thread"("pinned_at");

-- CreateIndex
CREATE INDEX "thread_author_id_last_post_at_idx" ON "thread"("author_id", "last_post_at" DESC);

-- CreateIndex
CREATE INDEX "thread_last_poster_id_idx" ON "thread"("last_poster_id");

-- CreateIndex
CREATE INDEX "thread_pinned_by_id_idx" ON "thread"("pinned_by_id");

-- CreateIndex
CREATE INDEX "thread_locked_by_id_idx" ON "thread"("locked_by_id");

-- CreateIndex
CREATE INDEX "thread_report_id_idx" ON "thread"("report_id");

-- CreateIndex
CREATE INDEX "thread_meeting_id_idx" ON "thread"("meeting_id");

-- CreateIndex
CREATE INDEX "thread_focus_area_focus_area_code_thread_id_idx" ON "thread_focus_area"("focus_area_code", "thread_id");

-- CreateIndex
CREATE INDEX "thread_gap_kind_gap_kind_thread_id_idx" ON "thread_gap_kind"("gap_kind", "thread_id");

-- CreateIndex
CREATE INDEX "thread_delegation_delegation_id_thread_id_idx" ON "thread_delegation"("delegation_id", "thread_id");

-- CreateIndex
CREATE INDEX "post_thread_id_created_at_id_idx" ON "post"("thread_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "post_author_id_created_at_idx" ON "post"("author_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "post_reply_to_post_id_idx" ON "post"("reply_to_post_id");

-- CreateIndex
CREATE INDEX "post_deleted_by_id_idx" ON "post"("deleted_by_id");

-- CreateIndex
CREATE INDEX "post_hidden_by_id_idx" ON "post"("hidden_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "post_thread_id_number_key" ON "post"("thread_id", "number");

-- CreateIndex
CREATE INDEX "post_revision_edited_by_id_idx" ON "post_revision"("edited_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "post_revision_post_id_revision_key" ON "post_revision"("post_id", "revision");

-- CreateIndex
CREATE INDEX "mention_user_id_idx" ON "mention"("user_id");

-- CreateIndex
CREATE INDEX "thread_read_state_thread_id_idx" ON "thread_read_state"("thread_id");

-- CreateIndex
CREATE INDEX "thread_subscription_thread_id_level_idx" ON "thread_subscription"("thread_id", "level");

-- CreateIndex
CREATE INDEX "tag_subscription_focus_area_code_idx" ON "tag_subscription"("focus_area_code");

-- CreateIndex
CREATE INDEX "tag_subscription_gap_kind_idx" ON "tag_subscription"("gap_kind");

-- CreateIndex
CREATE INDEX "tag_subscription_delegation_id_idx" ON "tag_subscription"("delegation_id");

-- CreateIndex
CREATE UNIQUE INDEX "tag_subscription_user_id_focus_area_code_gap_kind_delegatio_key" ON "tag_subscription"("user_id", "focus_area_code", "gap_kind", "delegation_id");

-- CreateIndex
CREATE INDEX "idempotency_key_created_at_idx" ON "idempotency_key"("created_at");

-- CreateIndex
CREATE INDEX "meeting_starts_at_idx" ON "meeting"("starts_at");

-- CreateIndex
CREATE INDEX "meeting_status_starts_at_idx" ON "meeting"("status", "starts_at");

-- CreateIndex
CREATE INDEX "meeting_host_delegation_id_idx" ON "meeting"("host_delegation_id");

-- CreateIndex
CREATE INDEX "meeting_created_by_id_idx" ON "meeting"("created_by_id");

-- CreateIndex
CREATE INDEX "agenda_item_meeting_id_position_idx" ON "agenda_item"("meeting_id", "position");

-- CreateIndex
CREATE INDEX "agenda_item_presenter_user_id_idx" ON "agenda_item"("presenter_user_id");

-- CreateIndex
CREATE INDEX "agenda_item_presenter_delegation_id_idx" ON "agenda_item"("presenter_delegation_id");

-- CreateIndex
CREATE INDEX "agenda_item_report_report_id_idx" ON "agenda_item_report"("report_id");

-- CreateIndex
CREATE INDEX "agenda_item_thread_thread_id_idx" ON "agenda_item_thread"("thread_id");

-- CreateIndex
CREATE INDEX "agenda_version_published_by_id_idx" ON "agenda_version"("published_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "agenda_version_meeting_id_number_key" ON "agenda_version"("meeting_id", "number");

-- CreateIndex
CREATE INDEX "attendance_user_id_idx" ON "attendance"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "minutes_meeting_id_key" ON "minutes"("meeting_id");

-- CreateIndex
CREATE INDEX "minutes_approved_by_id_idx" ON "minutes"("approved_by_id");

-- CreateIndex
CREATE INDEX "minutes_approved_at_meeting_id_idx" ON "minutes"("approved_at_meeting_id");

-- CreateIndex
CREATE INDEX "minutes_entry_agenda_item_id_idx" ON "minutes_entry"("agenda_item_id");

-- CreateIndex
CREATE UNIQUE INDEX "minutes_entry_minutes_id_agenda_item_id_key" ON "minutes_entry"("minutes_id", "agenda_item_id");

-- CreateIndex
CREATE INDEX "minutes_revision_created_by_id_idx" ON "minutes_revision"("created_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "minutes_revision_minutes_id_version_key" ON "minutes_revision"("minutes_id", "version");

-- CreateIndex
CREATE INDEX "minutes_comment_minutes_id_created_at_idx" ON "minutes_comment"("minutes_id", "created_at");

-- CreateIndex
CREATE INDEX "minutes_comment_author_id_idx" ON "minutes_comment"("author_id");

-- CreateIndex
CREATE INDEX "decision_meeting_id_idx" ON "decision"("meeting_id");

-- CreateIndex
CREATE INDEX "decision_agenda_item_id_idx" ON "decision"("agenda_item_id");

-- CreateIndex
CREATE INDEX "decision_recorded_by_id_idx" ON "decision"("recorded_by_id");

-- CreateIndex
CREATE INDEX "action_item_meeting_id_idx" ON "action_item"("meeting_id");

-- CreateIndex
CREATE INDEX "action_item_agenda_item_id_idx" ON "action_item"("agenda_item_id");

-- CreateIndex
CREATE INDEX "action_item_decision_id_idx" ON "action_item"("decision_id");

-- CreateIndex
CREATE INDEX "action_item_owner_delegation_id_status_idx" ON "action_item"("owner_delegation_id", "status");

-- CreateIndex
CREATE INDEX "action_item_owner_user_id_status_idx" ON "action_item"("owner_user_id", "status");

-- CreateIndex
CREATE INDEX "action_item_status_due_on_idx" ON "action_item"("status", "due_on");

-- CreateIndex
CREATE INDEX "action_item_created_by_id_idx" ON "action_item"("created_by_id");

-- CreateIndex
CREATE INDEX "action_item_update_action_item_id_created_at_idx" ON "action_item_update"("action_item_id", "created_at");

-- CreateIndex
CREATE INDEX "action_item_update_author_id_idx" ON "action_item_update"("author_id");

-- CreateIndex
CREATE INDEX "notification_user_id_created_at_idx" ON "notification"("user_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "notification_user_id_read_at_idx" ON "notification"("user_id", "read_at");

-- CreateIndex
CREATE INDEX "notification_user_id_emailed_at_idx" ON "notification"("user_id", "emailed_at");

-- CreateIndex
CREATE INDEX "notification_actor_id_idx" ON "notification"("actor_id");

-- CreateIndex
CREATE INDEX "notification_thread_id_idx" ON "notification"("thread_id");

-- CreateIndex
CREATE INDEX "notification_post_id_idx" ON "notification"("post_id");

-- CreateIndex
CREATE INDEX "notification_report_id_idx" ON "notification"("report_id");

-- CreateIndex
CREATE INDEX "notification_meeting_id_idx" ON "notification"("meeting_id");

-- CreateIndex
CREATE INDEX "outbox_message_status_next_attempt_at_idx" ON "outbox_message"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "outbox_message_user_id_idx" ON "outbox_message"("user_id");

-- CreateIndex
CREATE INDEX "outbox_message_created_at_idx" ON "outbox_message"("created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "attachment_storage_key_key" ON "attachment"("storage_key");

-- CreateIndex
CREATE INDEX "attachment_uploaded_by_id_idx" ON "attachment"("uploaded_by_id");

-- CreateIndex
CREATE INDEX "attachment_report_id_idx" ON "attachment"("report_id");

-- CreateIndex
CREATE INDEX "attachment_meeting_id_idx" ON "attachment"("meeting_id");

-- CreateIndex
CREATE INDEX "attachment_post_id_idx" ON "attachment"("post_id");

-- CreateIndex
CREATE INDEX "audit_event_occurred_at_idx" ON "audit_event"("occurred_at" DESC);

-- CreateIndex
CREATE INDEX "audit_event_actor_id_occurred_at_idx" ON "audit_event"("actor_id", "occurred_at" DESC);

-- CreateIndex
CREATE INDEX "audit_event_target_type_target_id_idx" ON "audit_event"("target_type", "target_id");

-- CreateIndex
CREATE INDEX "audit_event_action_occurred_at_idx" ON "audit_event"("action", "occurred_at" DESC);

-- CreateIndex
CREATE INDEX "live_event_channel_id_idx" ON "live_event"("channel", "id");

-- CreateIndex
CREATE INDEX "live_event_created_at_idx" ON "live_event"("created_at");

-- AddForeignKey
ALTER TABLE "delegation_status_change" ADD CONSTRAINT "delegation_status_change_delegation_id_fkey" FOREIGN KEY ("delegation_id") REFERENCES "delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegation_status_change" ADD CONSTRAINT "delegation_status_change_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ministry" ADD CONSTRAINT "ministry_delegation_id_fkey" FOREIGN KEY ("delegation_id") REFERENCES "delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user" ADD CONSTRAINT "user_delegation_id_fkey" FOREIGN KEY ("delegation_id") REFERENCES "delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user" ADD CONSTRAINT "user_ministry_id_fkey" FOREIGN KEY ("ministry_id") REFERENCES "ministry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recovery_code" ADD CONSTRAINT "recovery_code_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_delegation_id_fkey" FOREIGN KEY ("delegation_id") REFERENCES "delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_ministry_id_fkey" FOREIGN KEY ("ministry_id") REFERENCES "ministry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "password_reset" ADD CONSTRAINT "password_reset_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "national_report" ADD CONSTRAINT "national_report_delegation_id_fkey" FOREIGN KEY ("delegation_id") REFERENCES "delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "national_report" ADD CONSTRAINT "national_report_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "reporting_period"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "national_report" ADD CONSTRAINT "national_report_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "national_report" ADD CONSTRAINT "national_report_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "national_report" ADD CONSTRAINT "national_report_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "national_report" ADD CONSTRAINT "national_report_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "national_report" ADD CONSTRAINT "national_report_published_by_id_fkey" FOREIGN KEY ("published_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_measure" ADD CONSTRAINT "report_measure_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "national_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_measure" ADD CONSTRAINT "report_measure_kind_fkey" FOREIGN KEY ("kind") REFERENCES "measure_kind"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measure_focus_area" ADD CONSTRAINT "measure_focus_area_measure_id_fkey" FOREIGN KEY ("measure_id") REFERENCES "report_measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measure_focus_area" ADD CONSTRAINT "measure_focus_area_focus_area_code_fkey" FOREIGN KEY ("focus_area_code") REFERENCES "focus_area"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measure_uncrc_article" ADD CONSTRAINT "measure_uncrc_article_measure_id_fkey" FOREIGN KEY ("measure_id") REFERENCES "report_measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measure_uncrc_article" ADD CONSTRAINT "measure_uncrc_article_article_number_fkey" FOREIGN KEY ("article_number") REFERENCES "uncrc_article"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_gap" ADD CONSTRAINT "report_gap_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "national_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_gap" ADD CONSTRAINT "report_gap_kind_fkey" FOREIGN KEY ("kind") REFERENCES "gap_kind"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_gap" ADD CONSTRAINT "report_gap_focus_area_code_fkey" FOREIGN KEY ("focus_area_code") REFERENCES "focus_area"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_revision" ADD CONSTRAINT "report_revision_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "national_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_revision" ADD CONSTRAINT "report_revision_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_comment" ADD CONSTRAINT "report_comment_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "national_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_comment" ADD CONSTRAINT "report_comment_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thread" ADD CONSTRAINT "thread_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thread" ADD CONSTRAINT "thread_last_poster_id_fkey" FOREIGN KEY ("last_poster_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thread" ADD CONSTRAINT "thread_pinned_by_id_fkey" FOREIGN KEY ("pinned_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thread" ADD CONSTRAINT "thread_locked_by_id_fkey" FOREIGN KEY ("locked_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thread" ADD CONSTRAINT "thread_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "national_report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thread" ADD CONSTRAINT "thread_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thread_focus_area" ADD CONSTRAINT "thread_focus_area_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thread_focus_area" ADD CONSTRAINT "thread_focus_area_focus_area_code_fkey" FOREIGN KEY ("focus_area_code") REFERENCES "focus_area"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thread_gap_kind" ADD CONSTRAINT "thread_gap_kind_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thread_gap_kind" ADD CONSTRAINT "thread_gap_kind_gap_kind_fkey" FOREIGN KEY ("gap_kind") REFERENCES "gap_kind"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thread_delegation" ADD CONSTRAINT "thread_delegation_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thread_delegation" ADD CONSTRAINT "thread_delegation_delegation_id_fkey" FOREIGN KEY ("delegation_id") REFERENCES "delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post" ADD CONSTRAINT "post_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post" ADD CONSTRAINT "post_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post" ADD CONSTRAINT "post_deleted_by_id_fkey" FOREIGN KEY ("deleted_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post" ADD CONSTRAINT "post_hidden_by_id_fkey" FOREIGN KEY ("hidden_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post" ADD CONSTRAINT "post_reply_to_post_id_fkey" FOREIGN KEY ("reply_to_post_id") REFERENCES "post"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post_revision" ADD CONSTRAINT "post_revision_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post_revision" ADD CONSTRAINT "post_revision_edited_by_id_fkey" FOREIGN KEY ("edited_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thread_read_state" ADD CONSTRAINT "thread_read_state_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thread_read_state" ADD CONSTRAINT "thread_read_state_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thread_subscription" ADD CONSTRAINT "thread_subscription_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thread_subscription" ADD CONSTRAINT "thread_subscription_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tag_subscription" ADD CONSTRAINT "tag_subscription_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tag_subscription" ADD CONSTRAINT "tag_subscription_focus_area_code_fkey" FOREIGN KEY ("focus_area_code") REFERENCES "focus_area"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tag_subscription" ADD CONSTRAINT "tag_subscription_gap_kind_fkey" FOREIGN KEY ("gap_kind") REFERENCES "gap_kind"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tag_subscription" ADD CONSTRAINT "tag_subscription_delegation_id_fkey" FOREIGN KEY ("delegation_id") REFERENCES "delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "idempotency_key" ADD CONSTRAINT "idempotency_key_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_host_delegation_id_fkey" FOREIGN KEY ("host_delegation_id") REFERENCES "delegation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_presenter_user_id_fkey" FOREIGN KEY ("presenter_user_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_presenter_delegation_id_fkey" FOREIGN KEY ("presenter_delegation_id") REFERENCES "delegation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_item_report" ADD CONSTRAINT "agenda_item_report_agenda_item_id_fkey" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_item_report" ADD CONSTRAINT "agenda_item_report_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "national_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_item_thread" ADD CONSTRAINT "agenda_item_thread_agenda_item_id_fkey" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_item_thread" ADD CONSTRAINT "agenda_item_thread_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_version" ADD CONSTRAINT "agenda_version_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_version" ADD CONSTRAINT "agenda_version_published_by_id_fkey" FOREIGN KEY ("published_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes" ADD CONSTRAINT "minutes_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes" ADD CONSTRAINT "minutes_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes" ADD CONSTRAINT "minutes_approved_at_meeting_id_fkey" FOREIGN KEY ("approved_at_meeting_id") REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_entry" ADD CONSTRAINT "minutes_entry_minutes_id_fkey" FOREIGN KEY ("minutes_id") REFERENCES "minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_entry" ADD CONSTRAINT "minutes_entry_agenda_item_id_fkey" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_revision" ADD CONSTRAINT "minutes_revision_minutes_id_fkey" FOREIGN KEY ("minutes_id") REFERENCES "minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_revision" ADD CONSTRAINT "minutes_revision_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_comment" ADD CONSTRAINT "minutes_comment_minutes_id_fkey" FOREIGN KEY ("minutes_id") REFERENCES "minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_comment" ADD CONSTRAINT "minutes_comment_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision" ADD CONSTRAINT "decision_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision" ADD CONSTRAINT "decision_agenda_item_id_fkey" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision" ADD CONSTRAINT "decision_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_item" ADD CONSTRAINT "action_item_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_item" ADD CONSTRAINT "action_item_agenda_item_id_fkey" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_item" ADD CONSTRAINT "action_item_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_item" ADD CONSTRAINT "action_item_owner_delegation_id_fkey" FOREIGN KEY ("owner_delegation_id") REFERENCES "delegation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_item" ADD CONSTRAINT "action_item_owner_user_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_item" ADD CONSTRAINT "action_item_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_item_update" ADD CONSTRAINT "action_item_update_action_item_id_fkey" FOREIGN KEY ("action_item_id") REFERENCES "action_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_item_update" ADD CONSTRAINT "action_item_update_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "national_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_message_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "national_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- Written by hand: rules Prisma's schema language cannot express.

-- A file belongs to exactly one of a report, a meeting or a post.
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_one_owner"
  CHECK (num_nonnulls("report_id", "meeting_id", "post_id") = 1);

-- A tag subscription names exactly one tag.
ALTER TABLE "tag_subscription" ADD CONSTRAINT "tag_subscription_one_tag"
  CHECK (num_nonnulls("focus_area_code", "gap_kind", "delegation_id") = 1);

-- An action item is owned by a delegation or by a member, not both.
ALTER TABLE "action_item" ADD CONSTRAINT "action_item_one_owner"
  CHECK (num_nonnulls("owner_delegation_id", "owner_user_id") <= 1);

-- A report is for a reporting period or for a meeting.
ALTER TABLE "national_report" ADD CONSTRAINT "national_report_period_or_meeting"
  CHECK (num_nonnulls("period_id", "meeting_id") = 1);

ALTER TABLE "meeting" ADD CONSTRAINT "meeting_ends_after_start" CHECK ("ends_at" > "starts_at");
ALTER TABLE "reporting_period" ADD CONSTRAINT "reporting_period_ends_after_start" CHECK ("ends_on" >= "starts_on");
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_duration_positive" CHECK ("duration_minutes" > 0);
ALTER TABLE "user" ADD CONSTRAINT "user_email_lower_case" CHECK ("email" = lower("email"));

-- The audit log is append-only: rows are never changed or removed.
CREATE FUNCTION "audit_event_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "audit_event_append_only"
  BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_refuse_change"();
