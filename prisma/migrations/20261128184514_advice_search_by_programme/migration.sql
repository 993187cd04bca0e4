-- Hand-written: btree_gin gives GIN an operator class for text, so the search index can lead with
-- "programmeId" and a search reads one programme's matches only. Prisma's datasource `extensions`
-- (preview) is not used: its migration diff does not see an installed extension. btree_gin is a
-- trusted contrib extension (PostgreSQL 13+), so the database owner may create it.
CREATE EXTENSION IF NOT EXISTS "btree_gin";

-- DropIndex
DROP INDEX "AdviceEntry_searchVector_idx";

-- CreateIndex
CREATE INDEX "AdviceEntry_programmeId_searchVector_idx" ON "AdviceEntry" USING GIN ("programmeId" varchar_ops, "searchVector");
