-- CreateEnum
CREATE TYPE "AgentUpdateState" AS ENUM ('PENDING', 'DOWNLOADING', 'INSTALLING', 'INSTALLED', 'ROLLED_BACK', 'REFUSED', 'CANCELLED');

-- CreateTable
CREATE TABLE "AgentBuild" (
    "id" UUID NOT NULL,
    "version" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "commit" TEXT NOT NULL,
    "builtAt" TIMESTAMP(3) NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgentBuild_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgentBuildPart" (
    "buildId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "AgentBuildPart_pkey" PRIMARY KEY ("buildId","seq")
);

-- CreateTable
CREATE TABLE "AgentUpdate" (
    "id" UUID NOT NULL,
    "agentId" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "buildId" UUID NOT NULL,
    "fromVersion" TEXT,
    "state" "AgentUpdateState" NOT NULL DEFAULT 'PENDING',
    "receivedBytes" INTEGER,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "requestedBy" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "AgentUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgentUpdatePolicy" (
    "companyId" UUID NOT NULL,
    "fromHour" INTEGER NOT NULL,
    "toHour" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgentUpdatePolicy_pkey" PRIMARY KEY ("companyId")
);

-- CreateIndex
CREATE UNIQUE INDEX "AgentBuild_platform_version_key" ON "AgentBuild"("platform", "version");

-- CreateIndex
CREATE INDEX "AgentUpdate_agentId_finishedAt_idx" ON "AgentUpdate"("agentId", "finishedAt");

-- CreateIndex
CREATE INDEX "AgentUpdate_companyId_idx" ON "AgentUpdate"("companyId");

-- AddForeignKey
ALTER TABLE "AgentBuildPart" ADD CONSTRAINT "AgentBuildPart_buildId_fkey" FOREIGN KEY ("buildId") REFERENCES "AgentBuild"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgentUpdate" ADD CONSTRAINT "AgentUpdate_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgentUpdate" ADD CONSTRAINT "AgentUpdate_buildId_fkey" FOREIGN KEY ("buildId") REFERENCES "AgentBuild"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgentUpdatePolicy" ADD CONSTRAINT "AgentUpdatePolicy_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Executables barely compress and are read page by page: store the pages uncompressed.
ALTER TABLE "AgentBuildPart" ALTER COLUMN "data" SET STORAGE EXTERNAL;
