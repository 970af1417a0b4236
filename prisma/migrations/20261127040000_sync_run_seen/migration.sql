-- CreateTable
CREATE TABLE "SyncRunSeen" (
    "runId" UUID NOT NULL,
    "erpId" INTEGER NOT NULL,

    CONSTRAINT "SyncRunSeen_pkey" PRIMARY KEY ("runId","erpId")
);

