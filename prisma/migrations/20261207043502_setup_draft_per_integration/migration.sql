-- Issue 19: the setup wizard sets up one integration of a company at a time, an existing one or a
-- new one, and its draft says which. A draft kept so far was compared against the company's first
-- integration, so it targets that one (none yet: a new integration); its check against that
-- integration's version is unchanged.
ALTER TABLE "SetupDraft" ADD COLUMN "id" UUID, ADD COLUMN "integrationId" UUID;
UPDATE "SetupDraft" d
SET "id" = gen_random_uuid(),
    "integrationId" = (
      SELECT i."id" FROM "Integration" i WHERE i."companyId" = d."companyId" ORDER BY i."createdAt", i."id" LIMIT 1
    );
ALTER TABLE "SetupDraft" DROP CONSTRAINT "SetupDraft_pkey";
ALTER TABLE "SetupDraft" ALTER COLUMN "id" SET NOT NULL;
ALTER TABLE "SetupDraft" ADD CONSTRAINT "SetupDraft_pkey" PRIMARY KEY ("id");
CREATE INDEX "SetupDraft_companyId_idx" ON "SetupDraft"("companyId");
-- One draft per integration, and one draft of a new integration per company.
CREATE UNIQUE INDEX "SetupDraft_integrationId_key" ON "SetupDraft"("integrationId");
CREATE UNIQUE INDEX "SetupDraft_one_new_integration" ON "SetupDraft"("companyId") WHERE "integrationId" IS NULL;
ALTER TABLE "SetupDraft" ADD CONSTRAINT "SetupDraft_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
