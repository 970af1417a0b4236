-- Sales over the twelve calendar months ending with "month" (its first day), per product and place
-- (channel and warehouse, as ReportProductMonth): a product table narrowed to a point of contact or
-- a warehouse (showrooms by product) over the default period reads one row per product and place
-- instead of eleven months and half a month of days. Showrooms are applied when a report runs, so
-- the rows keep the warehouse, not the point of contact.
CREATE TABLE "ReportProductPlaceYear" (
    "companyId" UUID NOT NULL,
    "integrationId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "productId" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "warehouseId" INTEGER NOT NULL,
    "net" BIGINT NOT NULL,
    "gross" BIGINT NOT NULL,
    "cost" BIGINT NOT NULL,
    "quantity" BIGINT NOT NULL,
    "documents" INTEGER NOT NULL,
    "lines" INTEGER NOT NULL,

    CONSTRAINT "ReportProductPlaceYear_pkey" PRIMARY KEY ("integrationId", "month", "productId", "channel", "warehouseId")
);

ALTER TABLE "ReportProductPlaceYear" ADD CONSTRAINT "ReportProductPlaceYear_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing sales: each month's figures by product and place go into the twelve years that end with
-- it and the eleven months after it (whole numbers: the sums are exact). Written in key order, so a
-- month's rows lie together on disk: a report reads one month's ~40,000 rows (1M lines) from ~900
-- pages instead of ~17,000 (the same table clustered on its key: 64-82 ms against 462 ms, EXPLAIN ANALYZE
-- of showrooms by product on the loaded development machine).
INSERT INTO "ReportProductPlaceYear" ("companyId", "integrationId", "month", "productId", "channel", "warehouseId", "net", "gross", "cost", "quantity", "documents", "lines")
SELECT "companyId", "integrationId", ("month" + make_interval(months => k))::date, "productId", "channel", "warehouseId",
  sum("net"), sum("gross"), sum("cost"), sum("quantity"), sum("documents"), sum("lines")
FROM "ReportProductMonth" CROSS JOIN generate_series(0, 11) AS k
GROUP BY 1, 2, 3, 4, 5, 6
ORDER BY 2, 3, 4, 5, 6;
