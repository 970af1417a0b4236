-- CreateTable
CREATE TABLE "ErpFingerprint" (
    "companyId" UUID NOT NULL,
    "fingerprint" JSONB NOT NULL,
    "uploadedBy" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ErpFingerprint_pkey" PRIMARY KEY ("companyId")
);

-- AddForeignKey
ALTER TABLE "ErpFingerprint" ADD CONSTRAINT "ErpFingerprint_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;
