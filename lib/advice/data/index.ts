// Reads of the advice log: the list, search and export (search.ts), one entry, its revisions and
// attachments (entries.ts), and the engagements advice is logged on (engagements.ts).
export { exportAdvice, listAdvice, listAdviceInstitutions } from "./search";
export { getAdviceEntry, getAttachmentForDownload, listAdviceRevisions, listEngagementAdvice } from "./entries";
export { getEngagementForAdvice, listLoggableEngagements, mayLogAnyAdvice } from "./engagements";
