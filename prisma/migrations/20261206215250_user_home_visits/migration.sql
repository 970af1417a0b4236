-- The landing page's "since your last visit": when the user last opened it, and when the visit before ended.
ALTER TABLE "User" ADD COLUMN "lastSeenHomeAt" TIMESTAMP(3);
ALTER TABLE "User" ADD COLUMN "previousVisitAt" TIMESTAMP(3);
