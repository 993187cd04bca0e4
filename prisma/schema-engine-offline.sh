#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded on these machines.
# `prisma generate` needs the path to exist but never runs it. Migrations use prisma/migrate.ts.
echo "The native Prisma schema engine is not available offline; use npm run db:migrate / db:migration:new." >&2
exit 1
