-- CreateEnum
CREATE TYPE "CommandStatus" AS ENUM ('QUEUED', 'SENT', 'RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'CANCELLED');

-- CreateTable
CREATE TABLE "Agent" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "enrollmentCodeHash" TEXT,
    "enrollmentExpiresAt" TIMESTAMP(3),
    "credentialHash" TEXT,
    "enrolledAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "online" BOOLEAN NOT NULL DEFAULT false,
    "connectionId" TEXT,
    "connectedAt" TIMESTAMP(3),
    "lastSeenAt" TIMESTAMP(3),
    "agentVersion" TEXT,
    "protocol" INTEGER,
    "hostname" TEXT,
    "platform" TEXT,
    "rttMs" INTEGER,
    "erpConfigured" BOOLEAN,
    "erpReachable" BOOLEAN,
    "erpMessage" TEXT,

    CONSTRAINT "Agent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgentCommand" (
    "id" UUID NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "agentId" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "input" JSONB NOT NULL,
    "status" "CommandStatus" NOT NULL DEFAULT 'QUEUED',
    "timeoutMs" INTEGER NOT NULL,
    "deliveries" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "deadlineAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "result" JSONB,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "pages" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AgentCommand_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgentResultPage" (
    "commandId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" JSONB NOT NULL,

    CONSTRAINT "AgentResultPage_pkey" PRIMARY KEY ("commandId","seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "Agent_enrollmentCodeHash_key" ON "Agent"("enrollmentCodeHash");

-- CreateIndex
CREATE UNIQUE INDEX "Agent_credentialHash_key" ON "Agent"("credentialHash");

-- CreateIndex
CREATE INDEX "Agent_companyId_idx" ON "Agent"("companyId");

-- CreateIndex
CREATE INDEX "AgentCommand_agentId_status_seq_idx" ON "AgentCommand"("agentId", "status", "seq");

-- CreateIndex
CREATE INDEX "AgentCommand_status_deadlineAt_idx" ON "AgentCommand"("status", "deadlineAt");

-- CreateIndex
CREATE UNIQUE INDEX "AgentCommand_agentId_idempotencyKey_key" ON "AgentCommand"("agentId", "idempotencyKey");

-- AddForeignKey
ALTER TABLE "Agent" ADD CONSTRAINT "Agent_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgentCommand" ADD CONSTRAINT "AgentCommand_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgentResultPage" ADD CONSTRAINT "AgentResultPage_commandId_fkey" FOREIGN KEY ("commandId") REFERENCES "AgentCommand"("id") ON DELETE CASCADE ON UPDATE CASCADE;
