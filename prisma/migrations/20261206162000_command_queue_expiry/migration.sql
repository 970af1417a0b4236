-- AlterTable
ALTER TABLE "AgentCommand" ADD COLUMN "expiresAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "AgentCommand_status_expiresAt_idx" ON "AgentCommand"("status", "expiresAt");
