-- Product cards (issue 20.5) and planned availability from open supplier orders (issue 20.4).
ALTER TABLE "ErpProduct" ADD COLUMN "groupPath" TEXT[] DEFAULT ARRAY[]::TEXT[],
  ADD COLUMN "description" TEXT,
  ADD COLUMN "units" JSONB NOT NULL DEFAULT '[]',
  ADD COLUMN "weightKg" DECIMAL(16,4);

ALTER TABLE "ErpStock" ADD COLUMN "expected" JSONB NOT NULL DEFAULT '[]';
