-- Promotions of the ERP in the cloud copy (a data group of their own), and how the portal priced
-- a B2B order line sent without a price.
ALTER TYPE "DataGroup" ADD VALUE 'PROMOTIONS';

ALTER TABLE "OrderLine" ADD COLUMN "pricedBy" JSONB;

CREATE TABLE "ErpPromotion" (
    "companyId" UUID NOT NULL,
    "erpId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL,
    "validFrom" DATE,
    "validTo" DATE,
    "discountPercent" DECIMAL(6,2),
    "priceNet" DECIMAL(16,4),
    "priceGross" DECIMAL(16,4),
    "everyProduct" BOOLEAN NOT NULL,
    "productIds" INTEGER[],
    "everyCustomer" BOOLEAN NOT NULL,
    "customerIds" INTEGER[],
    "rowVersion" BIGINT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ErpPromotion_pkey" PRIMARY KEY ("companyId","erpId")
);

CREATE INDEX "ErpPromotion_companyId_rowVersion_idx" ON "ErpPromotion"("companyId", "rowVersion");
