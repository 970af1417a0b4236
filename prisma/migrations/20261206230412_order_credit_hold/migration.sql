-- B2B orders held for staff by the integration's credit rule, and who released one.
ALTER TYPE "OrderErpState" ADD VALUE 'HELD';
ALTER TABLE "Order" ADD COLUMN "holdReleasedAt" TIMESTAMP(3), ADD COLUMN "holdReleasedBy" TEXT;
