-- One counter for every cloud-copy row: a row's version moves only when its content changes,
-- which makes it the channel API's updatedSince cursor.
CREATE SEQUENCE "erp_row_version" AS BIGINT;

-- CreateEnum
CREATE TYPE "ErpType" AS ENUM ('SUBIEKT_GT');

-- CreateEnum
CREATE TYPE "DataGroup" AS ENUM ('PRODUCTS', 'PRICES', 'STOCK', 'CUSTOMERS', 'DOCUMENTS');

-- CreateEnum
CREATE TYPE "SyncRunKind" AS ENUM ('INCREMENTAL', 'FULL');

-- CreateEnum
CREATE TYPE "SyncRunStatus" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "ChannelKind" AS ENUM ('STORE', 'B2B', 'SHOWROOM_POS');

-- CreateTable
CREATE TABLE "Integration" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "agentId" UUID,
    "erpType" "ErpType" NOT NULL DEFAULT 'SUBIEKT_GT',
    "settings" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Integration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "actorId" UUID,
    "actorEmail" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SyncState" (
    "companyId" UUID NOT NULL,
    "group" "DataGroup" NOT NULL,
    "cursor" TEXT,
    "nextRunAt" TIMESTAMP(3),
    "lastRunId" UUID,
    "lastSuccessAt" TIMESTAMP(3),
    "lastError" TEXT,
    "lastErrorAt" TIMESTAMP(3),

    CONSTRAINT "SyncState_pkey" PRIMARY KEY ("companyId","group")
);

-- CreateTable
CREATE TABLE "SyncRun" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "group" "DataGroup" NOT NULL,
    "kind" "SyncRunKind" NOT NULL,
    "status" "SyncRunStatus" NOT NULL DEFAULT 'QUEUED',
    "trigger" TEXT NOT NULL,
    "requestedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "done" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER,
    "changed" INTEGER NOT NULL DEFAULT 0,
    "commandId" UUID,
    "chunk" INTEGER NOT NULL DEFAULT 0,
    "appliedPages" INTEGER NOT NULL DEFAULT 0,
    "errorMessage" TEXT,

    CONSTRAINT "SyncRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SalesChannel" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ChannelKind" NOT NULL,
    "priceLevel" INTEGER NOT NULL DEFAULT 1,
    "warehouseIds" INTEGER[],
    "safetyBuffer" INTEGER NOT NULL DEFAULT 0,
    "rateLimitPerMinute" INTEGER NOT NULL DEFAULT 600,
    "webhookUrl" TEXT,
    "webhookSecret" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "disabledAt" TIMESTAMP(3),

    CONSTRAINT "SalesChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "channelId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "windowStart" TIMESTAMP(3),
    "windowCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ErpProduct" (
    "companyId" UUID NOT NULL,
    "erpId" INTEGER NOT NULL,
    "sku" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "ean" TEXT,
    "barcodes" TEXT[],
    "unit" TEXT NOT NULL,
    "groupId" INTEGER,
    "groupName" TEXT,
    "vatRate" DECIMAL(6,2) NOT NULL,
    "online" BOOLEAN NOT NULL,
    "blocked" BOOLEAN NOT NULL,
    "deleted" BOOLEAN NOT NULL,
    "type" TEXT NOT NULL,
    "customFields" JSONB NOT NULL,
    "rowVersion" BIGINT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ErpProduct_pkey" PRIMARY KEY ("companyId","erpId")
);

-- CreateTable
CREATE TABLE "ErpPrice" (
    "companyId" UUID NOT NULL,
    "productId" INTEGER NOT NULL,
    "level" INTEGER NOT NULL,
    "net" DECIMAL(16,4) NOT NULL,
    "gross" DECIMAL(16,4) NOT NULL,
    "currency" TEXT NOT NULL,
    "rowVersion" BIGINT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ErpPrice_pkey" PRIMARY KEY ("companyId","productId","level")
);

-- CreateTable
CREATE TABLE "ErpStock" (
    "companyId" UUID NOT NULL,
    "productId" INTEGER NOT NULL,
    "warehouseId" INTEGER NOT NULL,
    "onHand" DECIMAL(16,4) NOT NULL,
    "reserved" DECIMAL(16,4) NOT NULL,
    "rowVersion" BIGINT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ErpStock_pkey" PRIMARY KEY ("companyId","productId","warehouseId")
);

-- CreateTable
CREATE TABLE "ErpCustomer" (
    "companyId" UUID NOT NULL,
    "erpId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nip" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "address" JSONB,
    "priceLevel" INTEGER,
    "discountPercent" DECIMAL(6,2) NOT NULL,
    "creditLimit" DECIMAL(16,2) NOT NULL,
    "paymentDays" INTEGER NOT NULL,
    "balance" DECIMAL(16,2),
    "blocked" BOOLEAN NOT NULL,
    "rowVersion" BIGINT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ErpCustomer_pkey" PRIMARY KEY ("companyId","erpId")
);

-- CreateTable
CREATE TABLE "ErpDocument" (
    "companyId" UUID NOT NULL,
    "erpId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "externalNumber" TEXT,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "warehouseId" INTEGER,
    "customerId" INTEGER,
    "status" INTEGER NOT NULL,
    "net" DECIMAL(16,2) NOT NULL,
    "vat" DECIMAL(16,2) NOT NULL,
    "gross" DECIMAL(16,2) NOT NULL,
    "sourceDocumentId" INTEGER,
    "rowVersion" BIGINT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ErpDocument_pkey" PRIMARY KEY ("companyId","erpId")
);

-- CreateTable
CREATE TABLE "ErpDocumentLine" (
    "companyId" UUID NOT NULL,
    "documentId" INTEGER NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "productId" INTEGER,
    "quantity" DECIMAL(16,4) NOT NULL,
    "unitNet" DECIMAL(16,4) NOT NULL,
    "unitGross" DECIMAL(16,4) NOT NULL,
    "vatRate" DECIMAL(6,2) NOT NULL,
    "net" DECIMAL(16,2) NOT NULL,
    "gross" DECIMAL(16,2) NOT NULL,
    "discountPercent" DECIMAL(6,2) NOT NULL,

    CONSTRAINT "ErpDocumentLine_pkey" PRIMARY KEY ("companyId","documentId","lineNo")
);

-- CreateIndex
CREATE UNIQUE INDEX "Integration_companyId_key" ON "Integration"("companyId");

-- CreateIndex
CREATE INDEX "AuditEntry_companyId_at_idx" ON "AuditEntry"("companyId", "at");

-- CreateIndex
CREATE INDEX "SyncRun_companyId_group_createdAt_idx" ON "SyncRun"("companyId", "group", "createdAt");

-- CreateIndex
CREATE INDEX "SyncRun_status_idx" ON "SyncRun"("status");

-- CreateIndex
CREATE UNIQUE INDEX "SalesChannel_companyId_name_key" ON "SalesChannel"("companyId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_secretHash_key" ON "ApiKey"("secretHash");

-- CreateIndex
CREATE INDEX "ApiKey_channelId_idx" ON "ApiKey"("channelId");

-- CreateIndex
CREATE INDEX "ErpProduct_companyId_rowVersion_idx" ON "ErpProduct"("companyId", "rowVersion");

-- CreateIndex
CREATE INDEX "ErpProduct_companyId_sku_idx" ON "ErpProduct"("companyId", "sku");

-- CreateIndex
CREATE INDEX "ErpProduct_companyId_ean_idx" ON "ErpProduct"("companyId", "ean");

-- CreateIndex
CREATE INDEX "ErpPrice_companyId_rowVersion_idx" ON "ErpPrice"("companyId", "rowVersion");

-- CreateIndex
CREATE INDEX "ErpStock_companyId_rowVersion_idx" ON "ErpStock"("companyId", "rowVersion");

-- CreateIndex
CREATE INDEX "ErpCustomer_companyId_rowVersion_idx" ON "ErpCustomer"("companyId", "rowVersion");

-- CreateIndex
CREATE INDEX "ErpCustomer_companyId_nip_idx" ON "ErpCustomer"("companyId", "nip");

-- CreateIndex
CREATE INDEX "ErpCustomer_companyId_email_idx" ON "ErpCustomer"("companyId", "email");

-- CreateIndex
CREATE INDEX "ErpDocument_companyId_rowVersion_idx" ON "ErpDocument"("companyId", "rowVersion");

-- CreateIndex
CREATE INDEX "ErpDocument_companyId_issuedAt_idx" ON "ErpDocument"("companyId", "issuedAt");

-- CreateIndex
CREATE INDEX "ErpDocument_companyId_externalNumber_idx" ON "ErpDocument"("companyId", "externalNumber");

-- AddForeignKey
ALTER TABLE "Integration" ADD CONSTRAINT "Integration_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Integration" ADD CONSTRAINT "Integration_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SyncState" ADD CONSTRAINT "SyncState_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SyncRun" ADD CONSTRAINT "SyncRun_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SalesChannel" ADD CONSTRAINT "SalesChannel_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "SalesChannel"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- At most one queued or running sync per company and data group.
CREATE UNIQUE INDEX "SyncRun_one_pending" ON "SyncRun" ("companyId", "group") WHERE "status" IN ('QUEUED', 'RUNNING');
