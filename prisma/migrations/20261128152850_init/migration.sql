-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Service" AS ENUM ('PROGRAMME_ADMINISTRATION', 'TEACHING_AND_LEARNING', 'INTERNATIONALISATION', 'IT', 'LEGAL', 'STUDENT_ADMINISTRATION');

-- CreateEnum
CREATE TYPE "DeliveryMode" AS ENUM ('ONLINE', 'BLENDED', 'ON_SITE');

-- CreateEnum
CREATE TYPE "ProgrammeStatus" AS ENUM ('DESIGN', 'DEVELOPMENT', 'APPROVAL', 'DELIVERY', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "PartnerRole" AS ENUM ('LEAD', 'PARTNER');

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('TEAM_LEADER', 'PARTNER_STAFF', 'TASK_FORCE');

-- CreateEnum
CREATE TYPE "EngagementStage" AS ENUM ('NOT_CONTACTED', 'CONTACTED', 'IN_CONSULTATION', 'ADVICE_RECEIVED', 'SETTLED', 'BLOCKED', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "EngagementEventKind" AS ENUM ('CREATED', 'STAGE_CHANGED', 'DETAILS_CHANGED', 'ARCHIVED', 'RESTORED');

-- CreateEnum
CREATE TYPE "AdviceKind" AS ENUM ('INFORMATION', 'PRECONDITION', 'REQUIREMENT', 'RECOMMENDATION', 'DECISION');

-- CreateEnum
CREATE TYPE "AdviceVisibility" AS ENUM ('INSTITUTION_DRAFT', 'SHARED');

-- CreateEnum
CREATE TYPE "IssuePriority" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');

-- CreateEnum
CREATE TYPE "IssueStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'WAITING_ON_PARTNER', 'RESOLVED', 'CLOSED');

-- CreateEnum
CREATE TYPE "IssueCloseReason" AS ENUM ('WONT_FIX', 'DUPLICATE');

-- CreateEnum
CREATE TYPE "EscalationLevel" AS ENUM ('PROGRAMME_TEAM', 'INSTITUTION_RULES', 'NATIONAL_REGULATION');

-- CreateTable
CREATE TABLE "Institution" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "erasmusCode" TEXT,
    "schacCode" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Institution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "institutionId" TEXT,
    "passwordHash" TEXT,
    "isPlatformAdmin" BOOLEAN NOT NULL DEFAULT false,
    "deactivatedAt" TIMESTAMP(3),
    "sessionsRevokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "ects" DECIMAL(5,1) NOT NULL,
    "eqfLevel" INTEGER NOT NULL,
    "deliveryMode" "DeliveryMode" NOT NULL,
    "plannedStart" DATE,
    "leadInstitutionId" TEXT NOT NULL,
    "status" "ProgrammeStatus" NOT NULL DEFAULT 'DESIGN',
    "staleAfterDays" INTEGER NOT NULL DEFAULT 21,
    "nextIssueNumber" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammePartner" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "role" "PartnerRole" NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archivedAt" TIMESTAMP(3),
    "archivedById" TEXT,

    CONSTRAINT "ProgrammePartner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL,
    "institutionId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskForceRepresentation" (
    "id" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "service" "Service" NOT NULL,

    CONSTRAINT "TaskForceRepresentation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Engagement" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "service" "Service" NOT NULL,
    "stage" "EngagementStage" NOT NULL DEFAULT 'NOT_CONTACTED',
    "blockedFromStage" "EngagementStage",
    "stageReason" TEXT,
    "contactName" TEXT,
    "contactRole" TEXT,
    "contactEmail" TEXT,
    "ownerId" TEXT,
    "dueDate" DATE,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Engagement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EngagementEvent" (
    "id" TEXT NOT NULL,
    "engagementId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "kind" "EngagementEventKind" NOT NULL,
    "fromStage" "EngagementStage",
    "toStage" "EngagementStage",
    "note" TEXT,
    "changes" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EngagementEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdviceEntry" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "engagementId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "service" "Service" NOT NULL,
    "givenOn" DATE NOT NULL,
    "givenByName" TEXT NOT NULL,
    "givenByRole" TEXT NOT NULL DEFAULT '',
    "summary" VARCHAR(200) NOT NULL,
    "details" TEXT NOT NULL DEFAULT '',
    "kind" "AdviceKind" NOT NULL,
    "visibility" "AdviceVisibility" NOT NULL DEFAULT 'INSTITUTION_DRAFT',
    "followUpNeeded" BOOLEAN NOT NULL DEFAULT false,
    "followUpNote" TEXT,
    "authorId" TEXT NOT NULL,
    "loggedAsTeamLeader" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,
    "deletedAt" TIMESTAMP(3),
    "deletedById" TEXT,
    "deleteReason" TEXT,
    "searchVector" tsvector,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AdviceEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdviceRevision" (
    "id" TEXT NOT NULL,
    "adviceId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "givenOn" DATE NOT NULL,
    "givenByName" TEXT NOT NULL,
    "givenByRole" TEXT NOT NULL,
    "summary" VARCHAR(200) NOT NULL,
    "details" TEXT NOT NULL,
    "kind" "AdviceKind" NOT NULL,
    "visibility" "AdviceVisibility" NOT NULL,
    "action" TEXT NOT NULL,
    "reason" TEXT,
    "editedById" TEXT NOT NULL,
    "editedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdviceRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "adviceId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardIssue" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "services" "Service"[],
    "institutionId" TEXT,
    "priority" "IssuePriority" NOT NULL DEFAULT 'NORMAL',
    "assigneeId" TEXT,
    "dueDate" DATE,
    "labels" TEXT[],
    "status" "IssueStatus" NOT NULL DEFAULT 'OPEN',
    "position" INTEGER NOT NULL,
    "escalation" "EscalationLevel",
    "resolutionNote" TEXT,
    "closeReason" "IssueCloseReason",
    "closeNote" TEXT,
    "engagementId" TEXT,
    "adviceId" TEXT,
    "authorId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BoardIssue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardComment" (
    "id" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMP(3),

    CONSTRAINT "BoardComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardIssueEvent" (
    "id" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "changes" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardIssueEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "programmeId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Institution_shortName_key" ON "Institution"("shortName");

-- CreateIndex
CREATE UNIQUE INDEX "Institution_erasmusCode_key" ON "Institution"("erasmusCode");

-- CreateIndex
CREATE UNIQUE INDEX "Institution_schacCode_key" ON "Institution"("schacCode");

-- CreateIndex
CREATE INDEX "Institution_name_idx" ON "Institution"("name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_institutionId_idx" ON "User"("institutionId");

-- CreateIndex
CREATE INDEX "User_name_idx" ON "User"("name");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_at_idx" ON "SignInAttempt"("email", "at");

-- CreateIndex
CREATE INDEX "SignInAttempt_ip_at_idx" ON "SignInAttempt"("ip", "at");

-- CreateIndex
CREATE INDEX "Programme_leadInstitutionId_idx" ON "Programme"("leadInstitutionId");

-- CreateIndex
CREATE INDEX "Programme_title_idx" ON "Programme"("title");

-- CreateIndex
CREATE INDEX "ProgrammePartner_institutionId_idx" ON "ProgrammePartner"("institutionId");

-- CreateIndex
CREATE INDEX "ProgrammePartner_archivedById_idx" ON "ProgrammePartner"("archivedById");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammePartner_programmeId_institutionId_key" ON "ProgrammePartner"("programmeId", "institutionId");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE INDEX "Membership_institutionId_idx" ON "Membership"("institutionId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_programmeId_userId_role_key" ON "Membership"("programmeId", "userId", "role");

-- CreateIndex
CREATE INDEX "TaskForceRepresentation_service_idx" ON "TaskForceRepresentation"("service");

-- CreateIndex
CREATE UNIQUE INDEX "TaskForceRepresentation_membershipId_service_key" ON "TaskForceRepresentation"("membershipId", "service");

-- CreateIndex
CREATE INDEX "Engagement_programmeId_stage_idx" ON "Engagement"("programmeId", "stage");

-- CreateIndex
CREATE INDEX "Engagement_programmeId_service_idx" ON "Engagement"("programmeId", "service");

-- CreateIndex
CREATE INDEX "Engagement_institutionId_idx" ON "Engagement"("institutionId");

-- CreateIndex
CREATE INDEX "Engagement_ownerId_idx" ON "Engagement"("ownerId");

-- CreateIndex
CREATE INDEX "Engagement_programmeId_dueDate_idx" ON "Engagement"("programmeId", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "Engagement_programmeId_institutionId_service_key" ON "Engagement"("programmeId", "institutionId", "service");

-- CreateIndex
CREATE INDEX "EngagementEvent_engagementId_at_idx" ON "EngagementEvent"("engagementId", "at");

-- CreateIndex
CREATE INDEX "EngagementEvent_actorId_idx" ON "EngagementEvent"("actorId");

-- CreateIndex
CREATE INDEX "AdviceEntry_programmeId_givenOn_idx" ON "AdviceEntry"("programmeId", "givenOn" DESC);

-- CreateIndex
CREATE INDEX "AdviceEntry_programmeId_institutionId_service_idx" ON "AdviceEntry"("programmeId", "institutionId", "service");

-- CreateIndex
CREATE INDEX "AdviceEntry_programmeId_kind_idx" ON "AdviceEntry"("programmeId", "kind");

-- CreateIndex
CREATE INDEX "AdviceEntry_engagementId_idx" ON "AdviceEntry"("engagementId");

-- CreateIndex
CREATE INDEX "AdviceEntry_authorId_idx" ON "AdviceEntry"("authorId");

-- CreateIndex
CREATE INDEX "AdviceEntry_deletedById_idx" ON "AdviceEntry"("deletedById");

-- CreateIndex
CREATE INDEX "AdviceEntry_searchVector_idx" ON "AdviceEntry" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "AdviceRevision_editedById_idx" ON "AdviceRevision"("editedById");

-- CreateIndex
CREATE UNIQUE INDEX "AdviceRevision_adviceId_revision_key" ON "AdviceRevision"("adviceId", "revision");

-- CreateIndex
CREATE INDEX "Attachment_adviceId_idx" ON "Attachment"("adviceId");

-- CreateIndex
CREATE INDEX "Attachment_uploadedById_idx" ON "Attachment"("uploadedById");

-- CreateIndex
CREATE INDEX "BoardIssue_programmeId_status_position_idx" ON "BoardIssue"("programmeId", "status", "position");

-- CreateIndex
CREATE INDEX "BoardIssue_programmeId_assigneeId_idx" ON "BoardIssue"("programmeId", "assigneeId");

-- CreateIndex
CREATE INDEX "BoardIssue_programmeId_dueDate_idx" ON "BoardIssue"("programmeId", "dueDate");

-- CreateIndex
CREATE INDEX "BoardIssue_institutionId_idx" ON "BoardIssue"("institutionId");

-- CreateIndex
CREATE INDEX "BoardIssue_assigneeId_idx" ON "BoardIssue"("assigneeId");

-- CreateIndex
CREATE INDEX "BoardIssue_authorId_idx" ON "BoardIssue"("authorId");

-- CreateIndex
CREATE INDEX "BoardIssue_engagementId_idx" ON "BoardIssue"("engagementId");

-- CreateIndex
CREATE INDEX "BoardIssue_adviceId_idx" ON "BoardIssue"("adviceId");

-- CreateIndex
CREATE INDEX "BoardIssue_services_idx" ON "BoardIssue" USING GIN ("services");

-- CreateIndex
CREATE INDEX "BoardIssue_labels_idx" ON "BoardIssue" USING GIN ("labels");

-- CreateIndex
CREATE UNIQUE INDEX "BoardIssue_programmeId_number_key" ON "BoardIssue"("programmeId", "number");

-- CreateIndex
CREATE INDEX "BoardComment_issueId_createdAt_idx" ON "BoardComment"("issueId", "createdAt");

-- CreateIndex
CREATE INDEX "BoardComment_authorId_idx" ON "BoardComment"("authorId");

-- CreateIndex
CREATE INDEX "BoardIssueEvent_issueId_at_idx" ON "BoardIssueEvent"("issueId", "at");

-- CreateIndex
CREATE INDEX "BoardIssueEvent_actorId_idx" ON "BoardIssueEvent"("actorId");

-- CreateIndex
CREATE INDEX "AuditLog_programmeId_at_idx" ON "AuditLog"("programmeId", "at" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_leadInstitutionId_fkey" FOREIGN KEY ("leadInstitutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammePartner" ADD CONSTRAINT "ProgrammePartner_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammePartner" ADD CONSTRAINT "ProgrammePartner_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammePartner" ADD CONSTRAINT "ProgrammePartner_archivedById_fkey" FOREIGN KEY ("archivedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskForceRepresentation" ADD CONSTRAINT "TaskForceRepresentation_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Engagement" ADD CONSTRAINT "Engagement_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Engagement" ADD CONSTRAINT "Engagement_programmeId_institutionId_fkey" FOREIGN KEY ("programmeId", "institutionId") REFERENCES "ProgrammePartner"("programmeId", "institutionId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Engagement" ADD CONSTRAINT "Engagement_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementEvent" ADD CONSTRAINT "EngagementEvent_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementEvent" ADD CONSTRAINT "EngagementEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdviceEntry" ADD CONSTRAINT "AdviceEntry_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdviceEntry" ADD CONSTRAINT "AdviceEntry_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdviceEntry" ADD CONSTRAINT "AdviceEntry_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdviceEntry" ADD CONSTRAINT "AdviceEntry_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdviceRevision" ADD CONSTRAINT "AdviceRevision_adviceId_fkey" FOREIGN KEY ("adviceId") REFERENCES "AdviceEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdviceRevision" ADD CONSTRAINT "AdviceRevision_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_adviceId_fkey" FOREIGN KEY ("adviceId") REFERENCES "AdviceEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardIssue" ADD CONSTRAINT "BoardIssue_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardIssue" ADD CONSTRAINT "BoardIssue_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardIssue" ADD CONSTRAINT "BoardIssue_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardIssue" ADD CONSTRAINT "BoardIssue_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardIssue" ADD CONSTRAINT "BoardIssue_engagementId_fkey" FOREIGN KEY ("engagementId") REFERENCES "Engagement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardIssue" ADD CONSTRAINT "BoardIssue_adviceId_fkey" FOREIGN KEY ("adviceId") REFERENCES "AdviceEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardComment" ADD CONSTRAINT "BoardComment_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "BoardIssue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardComment" ADD CONSTRAINT "BoardComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardIssueEvent" ADD CONSTRAINT "BoardIssueEvent_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "BoardIssue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardIssueEvent" ADD CONSTRAINT "BoardIssueEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written (Prisma cannot express triggers; they do not affect `--check`).

-- Full-text search over advice: the tsvector is kept in step with summary and details.
-- 'simple' because partners write in several languages; the summary weighs more than details.
CREATE FUNCTION advice_entry_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('simple', coalesce(NEW."summary", '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(NEW."givenByName", '') || ' ' || coalesce(NEW."givenByRole", '')), 'B') ||
    setweight(to_tsvector('simple', coalesce(NEW."details", '')), 'C');
  RETURN NEW;
END $$;

CREATE TRIGGER advice_entry_search_vector
  BEFORE INSERT OR UPDATE OF "summary", "details", "givenByName", "givenByRole" ON "AdviceEntry"
  FOR EACH ROW EXECUTE FUNCTION advice_entry_search_vector();

-- The audit log is append-only: no UPDATE or DELETE of a row, whoever asks. (TRUNCATE stays
-- possible for the owner so that tests and db:reset can start from empty.)
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The audit log is append-only: % is not allowed', TG_OP;
END $$;

CREATE TRIGGER audit_log_is_append_only
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
