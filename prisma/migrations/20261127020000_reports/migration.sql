-- AlterTable
ALTER TABLE "ErpDocumentLine" ADD COLUMN     "cost" DECIMAL(16,2);

-- CreateTable
CREATE TABLE "ReportDocument" (
    "companyId" UUID NOT NULL,
    "documentId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "channel" TEXT NOT NULL,
    "warehouseId" INTEGER NOT NULL,
    "customerId" INTEGER NOT NULL,
    "net" DECIMAL(16,2) NOT NULL,
    "gross" DECIMAL(16,2) NOT NULL,
    "cost" DECIMAL(16,2) NOT NULL,
    "quantity" DECIMAL(18,4) NOT NULL,
    "lines" INTEGER NOT NULL,

    CONSTRAINT "ReportDocument_pkey" PRIMARY KEY ("companyId","documentId")
);

-- CreateTable
CREATE TABLE "ReportSalesDay" (
    "companyId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "channel" TEXT NOT NULL,
    "warehouseId" INTEGER NOT NULL,
    "net" BIGINT NOT NULL,
    "gross" BIGINT NOT NULL,
    "cost" BIGINT NOT NULL,
    "quantity" BIGINT NOT NULL,
    "documents" INTEGER NOT NULL,
    "lines" INTEGER NOT NULL,

    CONSTRAINT "ReportSalesDay_pkey" PRIMARY KEY ("companyId","day","channel","warehouseId")
);

-- CreateTable
CREATE TABLE "ReportSalesMonth" (
    "companyId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "channel" TEXT NOT NULL,
    "warehouseId" INTEGER NOT NULL,
    "net" BIGINT NOT NULL,
    "gross" BIGINT NOT NULL,
    "cost" BIGINT NOT NULL,
    "quantity" BIGINT NOT NULL,
    "documents" INTEGER NOT NULL,
    "lines" INTEGER NOT NULL,

    CONSTRAINT "ReportSalesMonth_pkey" PRIMARY KEY ("companyId","month","channel","warehouseId")
);

-- CreateTable
CREATE TABLE "ReportCustomerMonth" (
    "companyId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "customerId" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "warehouseId" INTEGER NOT NULL,
    "net" BIGINT NOT NULL,
    "gross" BIGINT NOT NULL,
    "cost" BIGINT NOT NULL,
    "quantity" BIGINT NOT NULL,
    "documents" INTEGER NOT NULL,
    "lines" INTEGER NOT NULL,

    CONSTRAINT "ReportCustomerMonth_pkey" PRIMARY KEY ("companyId","month","customerId","channel","warehouseId")
);

-- CreateTable
CREATE TABLE "ReportProductDay" (
    "companyId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "productId" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "warehouseId" INTEGER NOT NULL,
    "net" BIGINT NOT NULL,
    "gross" BIGINT NOT NULL,
    "cost" BIGINT NOT NULL,
    "quantity" BIGINT NOT NULL,
    "documents" INTEGER NOT NULL,
    "lines" INTEGER NOT NULL,

    CONSTRAINT "ReportProductDay_pkey" PRIMARY KEY ("companyId","day","productId","channel","warehouseId")
);

-- CreateTable
CREATE TABLE "ReportProductMonth" (
    "companyId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "productId" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "warehouseId" INTEGER NOT NULL,
    "net" BIGINT NOT NULL,
    "gross" BIGINT NOT NULL,
    "cost" BIGINT NOT NULL,
    "quantity" BIGINT NOT NULL,
    "documents" INTEGER NOT NULL,
    "lines" INTEGER NOT NULL,

    CONSTRAINT "ReportProductMonth_pkey" PRIMARY KEY ("companyId","month","productId","channel","warehouseId")
);

-- CreateTable
CREATE TABLE "ReportProductTotalMonth" (
    "companyId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "productId" INTEGER NOT NULL,
    "net" BIGINT NOT NULL,
    "gross" BIGINT NOT NULL,
    "cost" BIGINT NOT NULL,
    "quantity" BIGINT NOT NULL,
    "documents" INTEGER NOT NULL,
    "lines" INTEGER NOT NULL,

    CONSTRAINT "ReportProductTotalMonth_pkey" PRIMARY KEY ("companyId","month","productId")
);

-- CreateTable
CREATE TABLE "ReportProductTotalQuarter" (
    "companyId" UUID NOT NULL,
    "quarter" DATE NOT NULL,
    "productId" INTEGER NOT NULL,
    "net" BIGINT NOT NULL,
    "gross" BIGINT NOT NULL,
    "cost" BIGINT NOT NULL,
    "quantity" BIGINT NOT NULL,
    "documents" INTEGER NOT NULL,
    "lines" INTEGER NOT NULL,

    CONSTRAINT "ReportProductTotalQuarter_pkey" PRIMARY KEY ("companyId","quarter","productId")
);

-- CreateTable
CREATE TABLE "ReportProductGroup" (
    "companyId" UUID NOT NULL,
    "productId" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,

    CONSTRAINT "ReportProductGroup_pkey" PRIMARY KEY ("companyId","productId")
);

-- CreateTable
CREATE TABLE "ReportGroupDay" (
    "companyId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "groupId" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "warehouseId" INTEGER NOT NULL,
    "net" BIGINT NOT NULL,
    "gross" BIGINT NOT NULL,
    "cost" BIGINT NOT NULL,
    "quantity" BIGINT NOT NULL,
    "lines" INTEGER NOT NULL,

    CONSTRAINT "ReportGroupDay_pkey" PRIMARY KEY ("companyId","day","groupId","channel","warehouseId")
);

-- CreateTable
CREATE TABLE "ReportGroupMonth" (
    "companyId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "groupId" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "warehouseId" INTEGER NOT NULL,
    "net" BIGINT NOT NULL,
    "gross" BIGINT NOT NULL,
    "cost" BIGINT NOT NULL,
    "quantity" BIGINT NOT NULL,
    "lines" INTEGER NOT NULL,

    CONSTRAINT "ReportGroupMonth_pkey" PRIMARY KEY ("companyId","month","groupId","channel","warehouseId")
);

-- CreateIndex
CREATE INDEX "ReportDocument_companyId_day_idx" ON "ReportDocument"("companyId", "day");

-- CreateIndex
CREATE INDEX "ReportDocument_companyId_customerId_day_idx" ON "ReportDocument"("companyId", "customerId", "day");

-- CreateIndex
CREATE INDEX "ReportCustomerMonth_companyId_customerId_month_idx" ON "ReportCustomerMonth"("companyId", "customerId", "month");

-- CreateIndex
CREATE INDEX "ReportProductDay_companyId_productId_day_idx" ON "ReportProductDay"("companyId", "productId", "day");

-- CreateIndex
CREATE INDEX "ReportProductMonth_companyId_productId_month_idx" ON "ReportProductMonth"("companyId", "productId", "month");

-- CreateIndex
CREATE INDEX "ReportProductTotalMonth_companyId_productId_month_idx" ON "ReportProductTotalMonth"("companyId", "productId", "month");

-- CreateIndex
CREATE INDEX "ReportProductTotalQuarter_companyId_productId_quarter_idx" ON "ReportProductTotalQuarter"("companyId", "productId", "quarter");

