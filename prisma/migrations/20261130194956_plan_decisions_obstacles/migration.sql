-- CreateEnum
CREATE TYPE "PlanStepKey" AS ENUM ('EUROPEAN_DEVELOPMENTS', 'MACRO_OBJECTIVES', 'PARTNERSHIP', 'PROGRAMME_TEAM', 'CROSS_INSTITUTIONAL_SUPPORT', 'SHARED_VISION', 'JOINT_CURRICULUM', 'QUALIFICATION', 'ECOSYSTEM', 'SUSTAINABILITY', 'CONSORTIUM_AGREEMENT', 'STUDENT_RECRUITMENT', 'BUSINESS_PLAN', 'QUALITY_ASSURANCE', 'EXAMINATION_REGULATIONS', 'ADMISSION_FRAMEWORK');

-- CreateEnum
CREATE TYPE "PlanStepStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "DecisionTemplate" AS ENUM ('DELIVERY_PLATFORM', 'LANGUAGE_POLICY', 'MOBILITY_FORMATS', 'AGREEMENTS', 'QUALIFICATION', 'ADMISSION', 'EXAMINATION', 'QUALITY_ASSURANCE');

-- CreateEnum
CREATE TYPE "SignOffAnswer" AS ENUM ('AGREE', 'AGREE_WITH_CONDITIONS', 'OBJECT');

-- CreateEnum
CREATE TYPE "RuleLevel" AS ENUM ('INSTITUTIONAL', 'NATIONAL', 'EUROPEAN');

-- CreateEnum
CREATE TYPE "ProgrammeElement" AS ENUM ('ADMISSION', 'ASSESSMENT', 'CREDIT_RECOGNITION', 'JOINT_CERTIFICATE', 'FEES', 'DATA_EXCHANGE', 'LANGUAGE', 'MOBILITY', 'OTHER');

-- CreateEnum
CREATE TYPE "ObstacleStage" AS ENUM ('IDENTIFIED', 'SOLUTION_PROPOSED', 'RESOLVED_WITHIN_RULES', 'RULE_CHANGE_REQUESTED', 'RULE_CHANGE_ADOPTED', 'GOVERNMENT_REQUEST_SENT', 'GOVERNMENT_ANSWERED');

-- AlterTable
ALTER TABLE "BoardIssue" ADD COLUMN     "planStep" "PlanStepKey";

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "nextDecisionNumber" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "nextObstacleNumber" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "PlanStep" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "step" "PlanStepKey" NOT NULL,
    "status" "PlanStepStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "statusReason" TEXT,
    "ownerId" TEXT,
    "targetDate" DATE,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "step" "PlanStepKey" NOT NULL,
    "services" "Service"[],
    "template" "DecisionTemplate",
    "currentVersion" INTEGER NOT NULL DEFAULT 1,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnById" TEXT,
    "withdrawReason" TEXT,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionVersion" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "options" TEXT NOT NULL DEFAULT '',
    "proposal" TEXT NOT NULL,
    "rationale" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionSignOff" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "answer" "SignOffAnswer" NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "signedById" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionSignOff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionAttachment" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Obstacle" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "ruleSource" TEXT NOT NULL,
    "ruleLevel" "RuleLevel" NOT NULL,
    "institutionId" TEXT NOT NULL,
    "country" TEXT,
    "element" "ProgrammeElement" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "stage" "ObstacleStage" NOT NULL DEFAULT 'IDENTIFIED',
    "step" "PlanStepKey",
    "raisedFromAdviceId" TEXT,
    "raisedFromIssueId" TEXT,
    "authorId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Obstacle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ObstacleEvent" (
    "id" TEXT NOT NULL,
    "obstacleId" TEXT NOT NULL,
    "fromStage" "ObstacleStage",
    "toStage" "ObstacleStage" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "evidenceAdviceId" TEXT,
    "actorId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ObstacleEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanStep_ownerId_idx" ON "PlanStep"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanStep_programmeId_step_key" ON "PlanStep"("programmeId", "step");

-- CreateIndex
CREATE INDEX "Decision_programmeId_lastActivityAt_idx" ON "Decision"("programmeId", "lastActivityAt" DESC);

-- CreateIndex
CREATE INDEX "Decision_programmeId_step_idx" ON "Decision"("programmeId", "step");

-- CreateIndex
CREATE INDEX "Decision_authorId_idx" ON "Decision"("authorId");

-- CreateIndex
CREATE INDEX "Decision_withdrawnById_idx" ON "Decision"("withdrawnById");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_programmeId_number_key" ON "Decision"("programmeId", "number");

-- CreateIndex
CREATE INDEX "DecisionVersion_authorId_idx" ON "DecisionVersion"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "DecisionVersion_decisionId_number_key" ON "DecisionVersion"("decisionId", "number");

-- CreateIndex
CREATE INDEX "DecisionSignOff_versionId_institutionId_signedAt_idx" ON "DecisionSignOff"("versionId", "institutionId", "signedAt" DESC);

-- CreateIndex
CREATE INDEX "DecisionSignOff_decisionId_idx" ON "DecisionSignOff"("decisionId");

-- CreateIndex
CREATE INDEX "DecisionSignOff_institutionId_idx" ON "DecisionSignOff"("institutionId");

-- CreateIndex
CREATE INDEX "DecisionSignOff_signedById_idx" ON "DecisionSignOff"("signedById");

-- CreateIndex
CREATE INDEX "DecisionAttachment_versionId_idx" ON "DecisionAttachment"("versionId");

-- CreateIndex
CREATE INDEX "DecisionAttachment_uploadedById_idx" ON "DecisionAttachment"("uploadedById");

-- CreateIndex
CREATE INDEX "Obstacle_programmeId_stage_idx" ON "Obstacle"("programmeId", "stage");

-- CreateIndex
CREATE INDEX "Obstacle_programmeId_updatedAt_idx" ON "Obstacle"("programmeId", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "Obstacle_institutionId_idx" ON "Obstacle"("institutionId");

-- CreateIndex
CREATE INDEX "Obstacle_raisedFromAdviceId_idx" ON "Obstacle"("raisedFromAdviceId");

-- CreateIndex
CREATE INDEX "Obstacle_raisedFromIssueId_idx" ON "Obstacle"("raisedFromIssueId");

-- CreateIndex
CREATE INDEX "Obstacle_authorId_idx" ON "Obstacle"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "Obstacle_programmeId_number_key" ON "Obstacle"("programmeId", "number");

-- CreateIndex
CREATE INDEX "ObstacleEvent_obstacleId_at_idx" ON "ObstacleEvent"("obstacleId", "at");

-- CreateIndex
CREATE INDEX "ObstacleEvent_evidenceAdviceId_idx" ON "ObstacleEvent"("evidenceAdviceId");

-- CreateIndex
CREATE INDEX "ObstacleEvent_actorId_idx" ON "ObstacleEvent"("actorId");

-- CreateIndex
CREATE INDEX "BoardIssue_programmeId_planStep_idx" ON "BoardIssue"("programmeId", "planStep");

-- AddForeignKey
ALTER TABLE "PlanStep" ADD CONSTRAINT "PlanStep_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanStep" ADD CONSTRAINT "PlanStep_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionVersion" ADD CONSTRAINT "DecisionVersion_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionVersion" ADD CONSTRAINT "DecisionVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionSignOff" ADD CONSTRAINT "DecisionSignOff_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionSignOff" ADD CONSTRAINT "DecisionSignOff_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DecisionVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionSignOff" ADD CONSTRAINT "DecisionSignOff_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionSignOff" ADD CONSTRAINT "DecisionSignOff_signedById_fkey" FOREIGN KEY ("signedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionAttachment" ADD CONSTRAINT "DecisionAttachment_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "DecisionVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionAttachment" ADD CONSTRAINT "DecisionAttachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Obstacle" ADD CONSTRAINT "Obstacle_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Obstacle" ADD CONSTRAINT "Obstacle_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Obstacle" ADD CONSTRAINT "Obstacle_raisedFromAdviceId_fkey" FOREIGN KEY ("raisedFromAdviceId") REFERENCES "AdviceEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Obstacle" ADD CONSTRAINT "Obstacle_raisedFromIssueId_fkey" FOREIGN KEY ("raisedFromIssueId") REFERENCES "BoardIssue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Obstacle" ADD CONSTRAINT "Obstacle_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObstacleEvent" ADD CONSTRAINT "ObstacleEvent_obstacleId_fkey" FOREIGN KEY ("obstacleId") REFERENCES "Obstacle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObstacleEvent" ADD CONSTRAINT "ObstacleEvent_evidenceAdviceId_fkey" FOREIGN KEY ("evidenceAdviceId") REFERENCES "AdviceEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObstacleEvent" ADD CONSTRAINT "ObstacleEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (Prisma cannot express triggers; they do not affect `--check`).
-- Every version of a decision and every answer to it is kept as given: no UPDATE or DELETE.
CREATE FUNCTION decision_record_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Decision versions and sign-offs are append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER decision_version_is_append_only
  BEFORE UPDATE OR DELETE ON "DecisionVersion"
  FOR EACH ROW EXECUTE FUNCTION decision_record_is_append_only();
CREATE TRIGGER decision_sign_off_is_append_only
  BEFORE UPDATE OR DELETE ON "DecisionSignOff"
  FOR EACH ROW EXECUTE FUNCTION decision_record_is_append_only();

-- Every existing programme gets the guide's 16 steps, not started (new ones get them at creation).
INSERT INTO "PlanStep" ("id", "programmeId", "step", "updatedAt")
SELECT 'ps' || replace(gen_random_uuid()::text, '-', ''), p."id", s.step, now() AT TIME ZONE 'UTC'
FROM "Programme" p CROSS JOIN unnest(enum_range(NULL::"PlanStepKey")) AS s(step);
