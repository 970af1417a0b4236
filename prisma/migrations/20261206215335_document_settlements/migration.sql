-- A document's settlement in the ERP (what it asked for, what is still open, when due), for its payment state.
ALTER TABLE "ErpDocument" ADD COLUMN "settlementAmount" DECIMAL(16,2),
ADD COLUMN "settlementOpen" DECIMAL(16,2),
ADD COLUMN "settlementDueDate" DATE;

-- A customer's documents newest first, and the documents issued from (or correcting) another.
CREATE INDEX "ErpDocument_companyId_customerId_issuedAt_erpId_idx" ON "ErpDocument"("companyId", "customerId", "issuedAt", "erpId");
CREATE INDEX "ErpDocument_companyId_sourceDocumentId_idx" ON "ErpDocument"("companyId", "sourceDocumentId");
