-- Result pages keep the agent's JSON text (json: syntax checked, text kept as it is) instead of
-- jsonb, whose build on insert cost most of a streamed page's time.
ALTER TABLE "AgentResultPage" ALTER COLUMN "data" TYPE JSON USING "data"::json;

-- lz4 compresses a large page several times faster than the default pglz. A server built without
-- lz4 (the embedded PGlite may be one) keeps pglz.
DO $$
BEGIN
  ALTER TABLE "AgentResultPage" ALTER COLUMN "data" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  RAISE NOTICE 'lz4 is not available: result pages stay compressed with pglz';
END $$;
