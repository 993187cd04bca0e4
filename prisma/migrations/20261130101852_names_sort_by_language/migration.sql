-- Names and titles sort as people of every language expect ("Łódź" with L, "Ålborg" with A, accents
-- and case not first), not by code point ("Łódź" after "Zagreb"): ICU's root collation (CLDR).
-- Needs a PostgreSQL built with ICU (Debian's, and the embedded one, are). Indexes are rebuilt.
ALTER TABLE "Institution" ALTER COLUMN "name" TYPE TEXT COLLATE "und-x-icu";
ALTER TABLE "Institution" ALTER COLUMN "city" TYPE TEXT COLLATE "und-x-icu";
ALTER TABLE "Institution" ALTER COLUMN "country" TYPE TEXT COLLATE "und-x-icu";
ALTER TABLE "User" ALTER COLUMN "name" TYPE TEXT COLLATE "und-x-icu";
ALTER TABLE "Programme" ALTER COLUMN "title" TYPE TEXT COLLATE "und-x-icu";
