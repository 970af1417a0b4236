-- The last Sfera check the portal asked the agent for (14.4).
ALTER TABLE "Agent" ADD COLUMN "sferaCheck" JSONB;
-- What the agent writes to (a real SQL Server or the sandbox), from its hello (13.4).
ALTER TABLE "Agent" ADD COLUMN "erpServer" TEXT;
