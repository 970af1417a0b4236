import { CommandError } from "../../../errors/command-error.ts";
import type { TErpDialect } from "../../sql/create-erp-db.ts";

/**
 * Refuses a sale document (FS, PA) or its correction (KFS) written by SQL on a real SQL Server
 * unless staff chose that in the integration (`sqlSalesChosen`). Subiekt prints the fiscal
 * receipt, prepares the KSeF e-invoice and books the settlement only for documents it issues
 * itself; rows written into its tables get none of that. A dry run writes nothing and passes, and
 * so does the PostgreSQL sandbox, which has no printer, KSeF or books to keep.
 */
export function guardSqlSale(options: {
  dialect: TErpDialect;
  documentType: "FS" | "PA" | "KFS";
  input: { dryRun: boolean; sqlSalesChosen: boolean };
}): void {
  if (options.dialect !== "mssql" || options.input.dryRun || options.input.sqlSalesChosen) return;
  throw new CommandError({
    code: "ERP_REFUSED",
    message: `sqlSalesChosen: the SQL writer does not issue ${options.documentType} on a real SQL Server unless the integration says so; let Subiekt's operator issue it from the order, choose the Sfera writer, or choose the SQL writer for sale documents explicitly in the integration's settings`,
    problem: { code: "sqlSalesNotChosen", path: "sqlSalesChosen", params: { type: options.documentType } },
  });
}
