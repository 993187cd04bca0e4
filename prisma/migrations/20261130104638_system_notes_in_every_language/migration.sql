-- Notes Consort itself wrote into engagement histories (and their audit rows) were English text; they
-- become stored Messages ("i18n:" + JSON, lib/i18n/message.ts), shown in each reader's language.
-- Notes people typed are left as they are.
UPDATE "EngagementEvent" SET "note" = 'i18n:{"key":"engagements.history.adviceLoggedNote"}'
 WHERE "note" = 'Advice logged in the advice log.';
UPDATE "EngagementEvent" SET "note" = 'i18n:{"key":"programmes.historyNote.partnerRemoved"}'
 WHERE "note" = 'Partner removed from the programme.' AND "kind" = 'ARCHIVED';
UPDATE "EngagementEvent" SET "note" = 'i18n:{"key":"programmes.historyNote.partnerRestored"}'
 WHERE "note" = 'Partner restored to the programme.' AND "kind" = 'RESTORED';
UPDATE "EngagementEvent"
   SET "note" = 'i18n:' || jsonb_build_object('key', 'programmes.historyNote.memberLeft',
                                               'values', jsonb_build_object('name', left("note", -length(' left the programme.'))))::text
 WHERE "note" LIKE '% left the programme.' AND "kind" = 'DETAILS_CHANGED';
UPDATE "AuditLog" SET "after" = jsonb_set("after", '{note}', to_jsonb('i18n:{"key":"engagements.history.adviceLoggedNote"}'::text))
 WHERE jsonb_typeof("after") = 'object' AND "after"->>'note' = 'Advice logged in the advice log.';
