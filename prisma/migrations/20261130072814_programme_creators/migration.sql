-- CreateEnum
CREATE TYPE "ProgrammeStarters" AS ENUM ('CREATORS', 'EVERYONE');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "isProgrammeCreator" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "PlatformSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "programmeStarters" "ProgrammeStarters" NOT NULL DEFAULT 'CREATORS',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlatformSettings_pkey" PRIMARY KEY ("id")
);

-- One row at most: the platform has one set of settings.
ALTER TABLE "PlatformSettings" ADD CONSTRAINT "PlatformSettings_single_row" CHECK ("id" = 1);

-- Who already leads a programme keeps being able to start one.
UPDATE "User" SET "isProgrammeCreator" = true
WHERE "id" IN (SELECT "userId" FROM "Membership" WHERE "role" = 'TEAM_LEADER');
