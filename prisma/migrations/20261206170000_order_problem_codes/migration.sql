-- AlterTable
ALTER TABLE "AgentCommand" ADD COLUMN     "errorProblem" JSONB;

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "lastErrorCode" TEXT,
ADD COLUMN     "lastErrorParams" JSONB;

-- AlterTable
ALTER TABLE "OrderEvent" ADD COLUMN     "code" TEXT,
ADD COLUMN     "params" JSONB;
