-- CreateEnum
CREATE TYPE "OrderDocument" AS ENUM ('RECEIPT', 'INVOICE');

-- CreateEnum
CREATE TYPE "OrderErpState" AS ENUM ('IDLE', 'PENDING', 'FAILED');

-- CreateTable
CREATE TABLE "Order" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "channelId" UUID NOT NULL,
    "externalId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "buyer" JSONB NOT NULL,
    "delivery" JSONB NOT NULL,
    "paymentMethod" TEXT NOT NULL,
    "documentWanted" "OrderDocument" NOT NULL,
    "notes" TEXT,
    "currency" TEXT NOT NULL DEFAULT 'PLN',
    "totalGross" DECIMAL(16,2) NOT NULL,
    "paidAmount" DECIMAL(16,2) NOT NULL DEFAULT 0,
    "paidAt" TIMESTAMP(3),
    "erpCustomerId" INTEGER,
    "erpCustomerSymbol" TEXT,
    "erpOrderId" INTEGER,
    "erpOrderNumber" TEXT,
    "erpOrderClosed" BOOLEAN NOT NULL DEFAULT false,
    "erpSaleId" INTEGER,
    "erpSaleType" TEXT,
    "erpSaleNumber" TEXT,
    "erpTransferNumber" TEXT,
    "erpState" "OrderErpState" NOT NULL DEFAULT 'PENDING',
    "erpStep" TEXT,
    "erpCommandId" UUID,
    "erpAttempt" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "lastError" TEXT,
    "lastErrorAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderLine" (
    "orderId" UUID NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "productId" INTEGER NOT NULL,
    "sku" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "quantity" DECIMAL(16,4) NOT NULL,
    "unitGross" DECIMAL(16,2) NOT NULL,
    "vatRate" DECIMAL(6,2) NOT NULL,

    CONSTRAINT "OrderLine_pkey" PRIMARY KEY ("orderId","lineNo")
);

-- CreateTable
CREATE TABLE "OrderEvent" (
    "id" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "type" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "data" JSONB,

    CONSTRAINT "OrderEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderPayment" (
    "id" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "amount" DECIMAL(16,2) NOT NULL,
    "method" TEXT NOT NULL,
    "paidAt" TIMESTAMP(3) NOT NULL,
    "reference" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderPayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderReturn" (
    "id" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "lines" JSONB NOT NULL,
    "externalId" TEXT,
    "erpDocumentNumber" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrderReturn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Order_companyId_createdAt_idx" ON "Order"("companyId", "createdAt");

-- CreateIndex
CREATE INDEX "Order_erpState_nextAttemptAt_idx" ON "Order"("erpState", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Order_companyId_erpOrderId_idx" ON "Order"("companyId", "erpOrderId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_channelId_externalId_key" ON "Order"("channelId", "externalId");

-- CreateIndex
CREATE INDEX "OrderEvent_orderId_at_idx" ON "OrderEvent"("orderId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "OrderPayment_orderId_reference_key" ON "OrderPayment"("orderId", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "OrderReturn_orderId_externalId_key" ON "OrderReturn"("orderId", "externalId");

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "SalesChannel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderEvent" ADD CONSTRAINT "OrderEvent_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderPayment" ADD CONSTRAINT "OrderPayment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderReturn" ADD CONSTRAINT "OrderReturn_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Orders with an ERP step in flight, looked at every second by the order engine.
CREATE INDEX "Order_erpCommandId_in_flight" ON "Order" ("erpCommandId") WHERE "erpCommandId" IS NOT NULL;
