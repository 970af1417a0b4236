-- The last stock webhook delivery the job queue gave up on, per channel, shown to staff.
ALTER TABLE "SalesChannel" ADD COLUMN "webhookGaveUpAt" TIMESTAMP(3);
ALTER TABLE "SalesChannel" ADD COLUMN "webhookGaveUpError" TEXT;
