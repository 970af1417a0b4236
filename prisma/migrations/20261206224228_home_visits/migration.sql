-- The landing page's "since your last visit": when the user last opened it, and when the visit before ended.
CREATE TABLE "HomeVisit" (
    "userId" UUID NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "previousVisitAt" TIMESTAMP(3),

    CONSTRAINT "HomeVisit_pkey" PRIMARY KEY ("userId")
);

ALTER TABLE "HomeVisit" ADD CONSTRAINT "HomeVisit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
