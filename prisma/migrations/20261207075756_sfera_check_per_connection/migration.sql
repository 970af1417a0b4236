-- The last Sfera check is kept per agent connection (issue 19: one agent may serve several Subiekt GT
-- databases, each with its own Sfera settings). A result kept before was the default connection's:
-- the only one an agent served when it was written.
CREATE TABLE "AgentSferaCheck" (
    "agentId" UUID NOT NULL,
    "connection" TEXT NOT NULL,
    "result" JSONB NOT NULL,

    CONSTRAINT "AgentSferaCheck_pkey" PRIMARY KEY ("agentId","connection")
);

ALTER TABLE "AgentSferaCheck" ADD CONSTRAINT "AgentSferaCheck_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "AgentSferaCheck" ("agentId", "connection", "result")
SELECT "id", 'default', "sferaCheck" FROM "Agent" WHERE "sferaCheck" IS NOT NULL;

ALTER TABLE "Agent" DROP COLUMN "sferaCheck";
