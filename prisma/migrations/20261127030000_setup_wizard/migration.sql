-- CreateTable
CREATE TABLE "SetupDraft" (
    "companyId" UUID NOT NULL,
    "agentId" UUID,
    "settings" JSONB NOT NULL,
    "samples" JSONB NOT NULL,
    "checkedSteps" TEXT[],
    "baseVersion" INTEGER NOT NULL,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SetupDraft_pkey" PRIMARY KEY ("companyId")
);

-- AddForeignKey
ALTER TABLE "SetupDraft" ADD CONSTRAINT "SetupDraft_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

