-- Issue 19: several integrations per company. The cloud copy, its sync, the report rollups, the
-- channels and their orders are keyed by integration; every existing row moves to its company's one
-- integration (companyId was unique on Integration until now). A row whose company has no
-- integration cannot exist (only a sync, which needs one, writes them); if one did, SET NOT NULL
-- below would stop the migration rather than lose it.

ALTER TYPE "ErpType" ADD VALUE 'OPTIMA';

-- Integration: several per company, each named and bound to one of its agent's ERP connections.
DROP INDEX "Integration_companyId_key";
ALTER TABLE "Integration" ADD COLUMN "name" TEXT, ADD COLUMN "agentConnection" TEXT NOT NULL DEFAULT 'default';
UPDATE "Integration" SET "name" = 'Subiekt GT';
ALTER TABLE "Integration" ALTER COLUMN "name" SET NOT NULL;
CREATE UNIQUE INDEX "Integration_companyId_name_key" ON "Integration"("companyId", "name");
CREATE UNIQUE INDEX "Integration_agentId_agentConnection_key" ON "Integration"("agentId", "agentConnection");
CREATE INDEX "Integration_companyId_createdAt_idx" ON "Integration"("companyId", "createdAt");

-- The agent's ERP connections as its hello or status reported them; the connection a command targets.
ALTER TABLE "Agent" ADD COLUMN "erpConnections" JSONB;
ALTER TABLE "AgentCommand" ADD COLUMN "connection" TEXT NOT NULL DEFAULT 'default';

-- The cloud copy, sync and rollups: integrationId beside companyId, first in every key.
ALTER TABLE "ErpProduct" ADD COLUMN "integrationId" UUID;
UPDATE "ErpProduct" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "ErpProduct" ALTER COLUMN "integrationId" SET NOT NULL;
DROP INDEX "ErpProduct_companyId_ean_idx";
CREATE INDEX "ErpProduct_integrationId_ean_idx" ON "ErpProduct" USING btree ("integrationId", ean);
DROP INDEX "ErpProduct_companyId_rowVersion_idx";
CREATE INDEX "ErpProduct_integrationId_rowVersion_idx" ON "ErpProduct" USING btree ("integrationId", "rowVersion");
DROP INDEX "ErpProduct_companyId_sku_idx";
CREATE INDEX "ErpProduct_integrationId_sku_idx" ON "ErpProduct" USING btree ("integrationId", sku);
ALTER TABLE "ErpProduct" DROP CONSTRAINT "ErpProduct_pkey", ADD CONSTRAINT "ErpProduct_pkey" PRIMARY KEY ("integrationId", "erpId");
ALTER TABLE "ErpProduct" ADD CONSTRAINT "ErpProduct_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ErpPrice" ADD COLUMN "integrationId" UUID;
UPDATE "ErpPrice" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "ErpPrice" ALTER COLUMN "integrationId" SET NOT NULL;
DROP INDEX "ErpPrice_companyId_rowVersion_idx";
CREATE INDEX "ErpPrice_integrationId_rowVersion_idx" ON "ErpPrice" USING btree ("integrationId", "rowVersion");
ALTER TABLE "ErpPrice" DROP CONSTRAINT "ErpPrice_pkey", ADD CONSTRAINT "ErpPrice_pkey" PRIMARY KEY ("integrationId", "productId", level);
ALTER TABLE "ErpPrice" ADD CONSTRAINT "ErpPrice_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ErpStock" ADD COLUMN "integrationId" UUID;
UPDATE "ErpStock" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "ErpStock" ALTER COLUMN "integrationId" SET NOT NULL;
DROP INDEX "ErpStock_companyId_rowVersion_idx";
CREATE INDEX "ErpStock_integrationId_rowVersion_idx" ON "ErpStock" USING btree ("integrationId", "rowVersion");
ALTER TABLE "ErpStock" DROP CONSTRAINT "ErpStock_pkey", ADD CONSTRAINT "ErpStock_pkey" PRIMARY KEY ("integrationId", "productId", "warehouseId");
ALTER TABLE "ErpStock" ADD CONSTRAINT "ErpStock_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ErpCustomer" ADD COLUMN "integrationId" UUID;
UPDATE "ErpCustomer" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "ErpCustomer" ALTER COLUMN "integrationId" SET NOT NULL;
DROP INDEX "ErpCustomer_companyId_email_idx";
CREATE INDEX "ErpCustomer_integrationId_email_idx" ON "ErpCustomer" USING btree ("integrationId", email);
DROP INDEX "ErpCustomer_companyId_nip_idx";
CREATE INDEX "ErpCustomer_integrationId_nip_idx" ON "ErpCustomer" USING btree ("integrationId", nip);
DROP INDEX "ErpCustomer_companyId_rowVersion_idx";
CREATE INDEX "ErpCustomer_integrationId_rowVersion_idx" ON "ErpCustomer" USING btree ("integrationId", "rowVersion");
ALTER TABLE "ErpCustomer" DROP CONSTRAINT "ErpCustomer_pkey", ADD CONSTRAINT "ErpCustomer_pkey" PRIMARY KEY ("integrationId", "erpId");
ALTER TABLE "ErpCustomer" ADD CONSTRAINT "ErpCustomer_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ErpDocument" ADD COLUMN "integrationId" UUID;
UPDATE "ErpDocument" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "ErpDocument" ALTER COLUMN "integrationId" SET NOT NULL;
DROP INDEX "ErpDocument_companyId_customerId_issuedAt_erpId_idx";
CREATE INDEX "ErpDocument_integrationId_customerId_issuedAt_erpId_idx" ON "ErpDocument" USING btree ("integrationId", "customerId", "issuedAt", "erpId");
DROP INDEX "ErpDocument_companyId_externalNumber_idx";
CREATE INDEX "ErpDocument_integrationId_externalNumber_idx" ON "ErpDocument" USING btree ("integrationId", "externalNumber");
DROP INDEX "ErpDocument_companyId_issuedAt_idx";
CREATE INDEX "ErpDocument_integrationId_issuedAt_idx" ON "ErpDocument" USING btree ("integrationId", "issuedAt");
DROP INDEX "ErpDocument_companyId_rowVersion_idx";
CREATE INDEX "ErpDocument_integrationId_rowVersion_idx" ON "ErpDocument" USING btree ("integrationId", "rowVersion");
DROP INDEX "ErpDocument_companyId_sourceDocumentId_idx";
CREATE INDEX "ErpDocument_integrationId_sourceDocumentId_idx" ON "ErpDocument" USING btree ("integrationId", "sourceDocumentId");
ALTER TABLE "ErpDocument" DROP CONSTRAINT "ErpDocument_pkey", ADD CONSTRAINT "ErpDocument_pkey" PRIMARY KEY ("integrationId", "erpId");
ALTER TABLE "ErpDocument" ADD CONSTRAINT "ErpDocument_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ErpDocumentLine" ADD COLUMN "integrationId" UUID;
UPDATE "ErpDocumentLine" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "ErpDocumentLine" ALTER COLUMN "integrationId" SET NOT NULL;
ALTER TABLE "ErpDocumentLine" DROP CONSTRAINT "ErpDocumentLine_pkey", ADD CONSTRAINT "ErpDocumentLine_pkey" PRIMARY KEY ("integrationId", "documentId", "lineNo");
ALTER TABLE "ErpDocumentLine" ADD CONSTRAINT "ErpDocumentLine_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ErpPromotion" ADD COLUMN "integrationId" UUID;
UPDATE "ErpPromotion" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "ErpPromotion" ALTER COLUMN "integrationId" SET NOT NULL;
DROP INDEX "ErpPromotion_companyId_rowVersion_idx";
CREATE INDEX "ErpPromotion_integrationId_rowVersion_idx" ON "ErpPromotion" USING btree ("integrationId", "rowVersion");
ALTER TABLE "ErpPromotion" DROP CONSTRAINT "ErpPromotion_pkey", ADD CONSTRAINT "ErpPromotion_pkey" PRIMARY KEY ("integrationId", "erpId");
ALTER TABLE "ErpPromotion" ADD CONSTRAINT "ErpPromotion_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "SyncState" ADD COLUMN "integrationId" UUID;
UPDATE "SyncState" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "SyncState" ALTER COLUMN "integrationId" SET NOT NULL;
ALTER TABLE "SyncState" DROP CONSTRAINT "SyncState_pkey", ADD CONSTRAINT "SyncState_pkey" PRIMARY KEY ("integrationId", "group");
ALTER TABLE "SyncState" ADD CONSTRAINT "SyncState_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "SyncRun" ADD COLUMN "integrationId" UUID;
UPDATE "SyncRun" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "SyncRun" ALTER COLUMN "integrationId" SET NOT NULL;
DROP INDEX "SyncRun_companyId_group_createdAt_idx";
CREATE INDEX "SyncRun_integrationId_group_createdAt_idx" ON "SyncRun" USING btree ("integrationId", "group", "createdAt");
DROP INDEX "SyncRun_one_pending";
CREATE UNIQUE INDEX "SyncRun_one_pending" ON "SyncRun" USING btree ("integrationId", "group") WHERE (status = ANY (ARRAY['QUEUED'::"SyncRunStatus", 'RUNNING'::"SyncRunStatus"]));
ALTER TABLE "SyncRun" ADD CONSTRAINT "SyncRun_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ReportDocument" ADD COLUMN "integrationId" UUID;
UPDATE "ReportDocument" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "ReportDocument" ALTER COLUMN "integrationId" SET NOT NULL;
DROP INDEX "ReportDocument_companyId_customerId_day_idx";
CREATE INDEX "ReportDocument_integrationId_customerId_day_idx" ON "ReportDocument" USING btree ("integrationId", "customerId", day);
DROP INDEX "ReportDocument_companyId_day_idx";
CREATE INDEX "ReportDocument_integrationId_day_idx" ON "ReportDocument" USING btree ("integrationId", day);
ALTER TABLE "ReportDocument" DROP CONSTRAINT "ReportDocument_pkey", ADD CONSTRAINT "ReportDocument_pkey" PRIMARY KEY ("integrationId", "documentId");
ALTER TABLE "ReportDocument" ADD CONSTRAINT "ReportDocument_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ReportSalesDay" ADD COLUMN "integrationId" UUID;
UPDATE "ReportSalesDay" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "ReportSalesDay" ALTER COLUMN "integrationId" SET NOT NULL;
ALTER TABLE "ReportSalesDay" DROP CONSTRAINT "ReportSalesDay_pkey", ADD CONSTRAINT "ReportSalesDay_pkey" PRIMARY KEY ("integrationId", day, channel, "warehouseId");
ALTER TABLE "ReportSalesDay" ADD CONSTRAINT "ReportSalesDay_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ReportSalesMonth" ADD COLUMN "integrationId" UUID;
UPDATE "ReportSalesMonth" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "ReportSalesMonth" ALTER COLUMN "integrationId" SET NOT NULL;
ALTER TABLE "ReportSalesMonth" DROP CONSTRAINT "ReportSalesMonth_pkey", ADD CONSTRAINT "ReportSalesMonth_pkey" PRIMARY KEY ("integrationId", month, channel, "warehouseId");
ALTER TABLE "ReportSalesMonth" ADD CONSTRAINT "ReportSalesMonth_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ReportCustomerMonth" ADD COLUMN "integrationId" UUID;
UPDATE "ReportCustomerMonth" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "ReportCustomerMonth" ALTER COLUMN "integrationId" SET NOT NULL;
DROP INDEX "ReportCustomerMonth_companyId_customerId_month_idx";
CREATE INDEX "ReportCustomerMonth_integrationId_customerId_month_idx" ON "ReportCustomerMonth" USING btree ("integrationId", "customerId", month);
ALTER TABLE "ReportCustomerMonth" DROP CONSTRAINT "ReportCustomerMonth_pkey", ADD CONSTRAINT "ReportCustomerMonth_pkey" PRIMARY KEY ("integrationId", month, "customerId", channel, "warehouseId");
ALTER TABLE "ReportCustomerMonth" ADD CONSTRAINT "ReportCustomerMonth_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ReportProductDay" ADD COLUMN "integrationId" UUID;
UPDATE "ReportProductDay" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "ReportProductDay" ALTER COLUMN "integrationId" SET NOT NULL;
DROP INDEX "ReportProductDay_companyId_productId_day_idx";
CREATE INDEX "ReportProductDay_integrationId_productId_day_idx" ON "ReportProductDay" USING btree ("integrationId", "productId", day);
ALTER TABLE "ReportProductDay" DROP CONSTRAINT "ReportProductDay_pkey", ADD CONSTRAINT "ReportProductDay_pkey" PRIMARY KEY ("integrationId", day, "productId", channel, "warehouseId");
ALTER TABLE "ReportProductDay" ADD CONSTRAINT "ReportProductDay_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ReportProductMonth" ADD COLUMN "integrationId" UUID;
UPDATE "ReportProductMonth" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "ReportProductMonth" ALTER COLUMN "integrationId" SET NOT NULL;
DROP INDEX "ReportProductMonth_companyId_productId_month_idx";
CREATE INDEX "ReportProductMonth_integrationId_productId_month_idx" ON "ReportProductMonth" USING btree ("integrationId", "productId", month);
ALTER TABLE "ReportProductMonth" DROP CONSTRAINT "ReportProductMonth_pkey", ADD CONSTRAINT "ReportProductMonth_pkey" PRIMARY KEY ("integrationId", month, "productId", channel, "warehouseId");
ALTER TABLE "ReportProductMonth" ADD CONSTRAINT "ReportProductMonth_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ReportProductTotalMonth" ADD COLUMN "integrationId" UUID;
UPDATE "ReportProductTotalMonth" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "ReportProductTotalMonth" ALTER COLUMN "integrationId" SET NOT NULL;
DROP INDEX "ReportProductTotalMonth_companyId_productId_month_idx";
CREATE INDEX "ReportProductTotalMonth_integrationId_productId_month_idx" ON "ReportProductTotalMonth" USING btree ("integrationId", "productId", month);
ALTER TABLE "ReportProductTotalMonth" DROP CONSTRAINT "ReportProductTotalMonth_pkey", ADD CONSTRAINT "ReportProductTotalMonth_pkey" PRIMARY KEY ("integrationId", month, "productId");
ALTER TABLE "ReportProductTotalMonth" ADD CONSTRAINT "ReportProductTotalMonth_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ReportProductTotalQuarter" ADD COLUMN "integrationId" UUID;
UPDATE "ReportProductTotalQuarter" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "ReportProductTotalQuarter" ALTER COLUMN "integrationId" SET NOT NULL;
DROP INDEX "ReportProductTotalQuarter_companyId_productId_quarter_idx";
CREATE INDEX "ReportProductTotalQuarter_integrationId_productId_quarter_idx" ON "ReportProductTotalQuarter" USING btree ("integrationId", "productId", quarter);
ALTER TABLE "ReportProductTotalQuarter" DROP CONSTRAINT "ReportProductTotalQuarter_pkey", ADD CONSTRAINT "ReportProductTotalQuarter_pkey" PRIMARY KEY ("integrationId", quarter, "productId");
ALTER TABLE "ReportProductTotalQuarter" ADD CONSTRAINT "ReportProductTotalQuarter_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ReportProductGroup" ADD COLUMN "integrationId" UUID;
UPDATE "ReportProductGroup" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "ReportProductGroup" ALTER COLUMN "integrationId" SET NOT NULL;
ALTER TABLE "ReportProductGroup" DROP CONSTRAINT "ReportProductGroup_pkey", ADD CONSTRAINT "ReportProductGroup_pkey" PRIMARY KEY ("integrationId", "productId");
ALTER TABLE "ReportProductGroup" ADD CONSTRAINT "ReportProductGroup_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ReportGroupDay" ADD COLUMN "integrationId" UUID;
UPDATE "ReportGroupDay" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "ReportGroupDay" ALTER COLUMN "integrationId" SET NOT NULL;
ALTER TABLE "ReportGroupDay" DROP CONSTRAINT "ReportGroupDay_pkey", ADD CONSTRAINT "ReportGroupDay_pkey" PRIMARY KEY ("integrationId", day, "groupId", channel, "warehouseId");
ALTER TABLE "ReportGroupDay" ADD CONSTRAINT "ReportGroupDay_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ReportGroupMonth" ADD COLUMN "integrationId" UUID;
UPDATE "ReportGroupMonth" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "ReportGroupMonth" ALTER COLUMN "integrationId" SET NOT NULL;
ALTER TABLE "ReportGroupMonth" DROP CONSTRAINT "ReportGroupMonth_pkey", ADD CONSTRAINT "ReportGroupMonth_pkey" PRIMARY KEY ("integrationId", month, "groupId", channel, "warehouseId");
ALTER TABLE "ReportGroupMonth" ADD CONSTRAINT "ReportGroupMonth_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A channel's integration (null only before its company has one), its orders' at intake, and the
-- fingerprint's (still one per company).
ALTER TABLE "SalesChannel" ADD COLUMN "integrationId" UUID;
UPDATE "SalesChannel" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "SalesChannel" ADD CONSTRAINT "SalesChannel_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "Order" ADD COLUMN "integrationId" UUID;
UPDATE "Order" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "Order" ADD CONSTRAINT "Order_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "ErpFingerprint" ADD COLUMN "integrationId" UUID;
UPDATE "ErpFingerprint" x SET "integrationId" = i."id" FROM "Integration" i WHERE i."companyId" = x."companyId";
ALTER TABLE "ErpFingerprint" ADD CONSTRAINT "ErpFingerprint_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE SET NULL ON UPDATE CASCADE;
