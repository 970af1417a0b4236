-- Sales over the twelve calendar months ending with "month" (its first day), whatever the point of
-- contact or warehouse, per product and per customer: the default report period (this month and
-- the eleven before it) in one row per product or customer instead of quarters, months and days.
CREATE TABLE "ReportProductYear" (
    "companyId" UUID NOT NULL,
    "integrationId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "productId" INTEGER NOT NULL,
    "net" BIGINT NOT NULL,
    "gross" BIGINT NOT NULL,
    "cost" BIGINT NOT NULL,
    "quantity" BIGINT NOT NULL,
    "documents" INTEGER NOT NULL,
    "lines" INTEGER NOT NULL,

    CONSTRAINT "ReportProductYear_pkey" PRIMARY KEY ("integrationId", "month", "productId")
);

CREATE TABLE "ReportCustomerYear" (
    "companyId" UUID NOT NULL,
    "integrationId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "customerId" INTEGER NOT NULL,
    "net" BIGINT NOT NULL,
    "gross" BIGINT NOT NULL,
    "cost" BIGINT NOT NULL,
    "quantity" BIGINT NOT NULL,
    "documents" INTEGER NOT NULL,
    "lines" INTEGER NOT NULL,

    CONSTRAINT "ReportCustomerYear_pkey" PRIMARY KEY ("integrationId", "month", "customerId")
);

ALTER TABLE "ReportProductYear" ADD CONSTRAINT "ReportProductYear_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ReportCustomerYear" ADD CONSTRAINT "ReportCustomerYear_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing sales: each month's totals go into the twelve years that end with it and the eleven
-- months after it (whole numbers: the sums are exact).
INSERT INTO "ReportProductYear" ("companyId", "integrationId", "month", "productId", "net", "gross", "cost", "quantity", "documents", "lines")
SELECT "companyId", "integrationId", ("month" + make_interval(months => k))::date, "productId",
  sum("net"), sum("gross"), sum("cost"), sum("quantity"), sum("documents"), sum("lines")
FROM "ReportProductTotalMonth" CROSS JOIN generate_series(0, 11) AS k
GROUP BY 1, 2, 3, 4;

INSERT INTO "ReportCustomerYear" ("companyId", "integrationId", "month", "customerId", "net", "gross", "cost", "quantity", "documents", "lines")
SELECT "companyId", "integrationId", ("month" + make_interval(months => k))::date, "customerId",
  sum("net"), sum("gross"), sum("cost"), sum("quantity"), sum("documents"), sum("lines")
FROM "ReportCustomerMonth" CROSS JOIN generate_series(0, 11) AS k
GROUP BY 1, 2, 3, 4;
