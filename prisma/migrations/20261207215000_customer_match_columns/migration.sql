-- An order's buyer is found in the cloud copy as the agent finds it in the ERP: by NIP without "-"
-- and " ", else by e-mail case-blind. Columns PostgreSQL generates from those, indexed, let that
-- lookup read one index entry instead of filtering every customer of the integration. (An index
-- on the expressions themselves would be dropped by Prisma's differ, prisma/prisma-engines#5789;
-- the schema declares these with @default(dbgenerated()), which the differ leaves alone.)
DROP INDEX "ErpCustomer_integrationId_email_idx";
DROP INDEX "ErpCustomer_integrationId_nip_idx";

ALTER TABLE "ErpCustomer"
  ADD COLUMN "nipDigits" TEXT GENERATED ALWAYS AS (replace(replace("nip", '-', ''), ' ', '')) STORED,
  ADD COLUMN "emailLower" TEXT GENERATED ALWAYS AS (lower("email")) STORED;

CREATE INDEX "ErpCustomer_integrationId_nipDigits_idx" ON "ErpCustomer"("integrationId", "nipDigits");
CREATE INDEX "ErpCustomer_integrationId_emailLower_idx" ON "ErpCustomer"("integrationId", "emailLower");
