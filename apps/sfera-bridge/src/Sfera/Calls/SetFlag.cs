using System.Collections.Generic;

// Runs against Sfera: needs a Windows server with Subiekt GT and a Sfera licence (see CallTable.cs).
namespace SferaBridge.Sfera.Calls
{
    /// <summary>
    /// Sets a document's flag, how operators see our status in Subiekt's lists.
    ///
    /// The public bridges disagree: bambooooooo/Subiekt-GT-Bridge SGT-BRIDGE/Endpoints/Order.cs
    /// (SetFlagById) loads the document, sets FlagaNazwa and FlagaKomentarz and saves it;
    /// ecogral/api-subiekt-gt src/apisubiektgt/subiektgt/subiektobj.php calls
    /// Subiekt.UstawFlageWlasna(flag group id, object id, flag name, comment) without opening the
    /// document. bambooooooo's way is used: it needs no flag group id and a document an operator has
    /// open is retried like every other save. Setting the same flag again changes nothing.
    /// </summary>
    public static class SetFlag
    {
        public static object Run(CallContext ctx)
        {
            int documentId = ctx.Payload.Int("documentId");
            string flag = ctx.Payload.Str("flag");
            string comment = ctx.Payload.OptStr("comment") ?? "";
            return SaveRetry.Run(ctx, () =>
            {
                dynamic document = ctx.Session.Subiekt.SuDokumentyManager.Wczytaj(documentId);
                try
                {
                    document.FlagaNazwa = flag;
                    document.FlagaKomentarz = comment;
                    document.Zapisz();
                    ctx.Session.Saved();
                    var found = new Dictionary<string, object> { { "id", documentId }, { "number", (string)document.NumerPelny } };
                    return new Dictionary<string, object> { { "document", found } };
                }
                finally
                {
                    Documents.Close(document);
                }
            });
        }
    }
}
