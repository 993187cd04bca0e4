-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;
