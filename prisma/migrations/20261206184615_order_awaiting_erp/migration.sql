-- Orders whose sale document (or return correction) Subiekt's operator issues wait in this state.
ALTER TYPE "OrderErpState" ADD VALUE 'AWAITING_ERP';
