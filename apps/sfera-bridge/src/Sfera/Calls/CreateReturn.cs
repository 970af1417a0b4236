using System;
using System.Collections.Generic;

// Runs against Sfera: needs a Windows server with Subiekt GT and a Sfera licence (see CallTable.cs).
namespace SferaBridge.Sfera.Calls
{
    /// <summary>
    /// A sales correction (KFS) for returned goods, made from the sale so Subiekt links it, takes
    /// the goods back into the sale's warehouse and corrects VAT and the settlement.
    ///
    /// Sequence: robsonek/subiekt-bridge RealSferaSession.cs CreateCorrectionCore (session warehouse =
    /// the sale's warehouse, because NaPodstawie copies lines but not the warehouse; DodajKFS;
    /// NaPodstawie(sale id); each returned line lowers IloscJmPoKorekcie on a copied position, since
    /// after NaPodstawie no position may be added; Zapisz). robsonek reads the sale's dok_MagId by SQL;
    /// here SuDokument.MagazynId of the loaded sale is read instead, one less connection.
    /// Neglomen/subiekt_agent (document_service.py, KFZ) does the same NaPodstawie plus
    /// IloscJmPoKorekcie for purchase corrections.
    /// uncertain: a correction of a receipt (PA) is written as a KFS too, as the SQL writer does;
    /// Subiekt may want its own receipt-correction constructor.
    /// </summary>
    public static class CreateReturn
    {
        public static object Run(CallContext ctx)
        {
            var p = ctx.Payload;
            string key = p.Str("key");
            int saleId = p.Int("saleId");
            var lines = p.List("lines");
            return KeyedWrite.Run(ctx, key, new[] { "KFS" }, () =>
            {
                dynamic subiekt = ctx.Session.Subiekt;
                int warehouseId = WarehouseOf(subiekt, saleId);
                return Documents.InWarehouse(subiekt, warehouseId, (Func<Dictionary<string, object>>)(() =>
                {
                    dynamic correction = subiekt.SuDokumentyManager.DodajKFS();
                    try
                    {
                        correction.NaPodstawie(saleId);
                        correction.NumerOryginalny = key;
                        CorrectionLines.Apply(correction, lines);
                        correction.Zapisz();
                        return Documents.Saved(correction, new List<string>());
                    }
                    finally
                    {
                        Documents.Close(correction);
                    }
                }));
            });
        }

        private static int WarehouseOf(dynamic subiekt, int saleId)
        {
            dynamic sale = subiekt.SuDokumentyManager.Wczytaj(saleId);
            try
            {
                return Convert.ToInt32((object)sale.MagazynId);
            }
            finally
            {
                Documents.Close(sale);
            }
        }
    }
}
