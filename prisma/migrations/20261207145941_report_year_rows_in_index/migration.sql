-- The twelve-month rollups by product (ReportProductYear) and by product and place
-- (ReportProductPlaceYear) carry their figures in their primary key's index (INCLUDE), so a report
-- over the default period reads one month's rows from the index alone (an index-only scan), in key
-- order, wherever the rows lie in the table. The document sync writes these rows as documents
-- arrive, so one month's ~40,000 rows (1M lines) end up spread over nearly every page of the table:
-- read through the heap, showrooms by product visited ~17,000 pages where the index holds them in a
-- few hundred. CLUSTER would put them together only until the next sync, under an ACCESS EXCLUSIVE
-- lock; the index stays in order as the sync keeps writing. The upserts' ON CONFLICT still finds
-- its key here: included columns are not part of the key.
ALTER TABLE "ReportProductYear"
  DROP CONSTRAINT "ReportProductYear_pkey",
  ADD CONSTRAINT "ReportProductYear_pkey" PRIMARY KEY ("integrationId", "month", "productId")
    INCLUDE ("net", "gross", "cost", "quantity", "documents", "lines");

ALTER TABLE "ReportProductPlaceYear"
  DROP CONSTRAINT "ReportProductPlaceYear_pkey",
  ADD CONSTRAINT "ReportProductPlaceYear_pkey" PRIMARY KEY ("integrationId", "month", "productId", "channel", "warehouseId")
    INCLUDE ("net", "gross", "cost", "quantity", "documents", "lines");

-- An index-only scan skips the table only for pages the visibility map marks all-visible, which
-- vacuum sets. The sync updates the current month's rows all day; at the default thresholds (a fifth
-- of the table changed) autovacuum would come by rarely on tables this size, and every page changed
-- since would cost a table read again. A fiftieth keeps the map current at little cost (vacuum skips
-- the pages already all-visible).
ALTER TABLE "ReportProductYear" SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
ALTER TABLE "ReportProductPlaceYear" SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
