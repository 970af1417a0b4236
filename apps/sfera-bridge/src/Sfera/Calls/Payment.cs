using System;

// Runs against Sfera: needs a Windows server with Subiekt GT and a Sfera licence (see CallTable.cs).
namespace SferaBridge.Sfera.Calls
{
    /// <summary>
    /// The payment form of a sale: the whole gross value goes to one form. After NaPodstawie
    /// Sfera puts the full value in cash by default, so another form first zeroes the cash
    /// (robsonek/subiekt-bridge RealSferaSession.cs ApplyCorrectionPayment; its ApplyPayment sends
    /// amounts as double, not decimal, which binds to VT_DECIMAL). Transfer has no form id
    /// (PlatnoscPrzelewId does not exist, robsonek's sfera-documents.md); uncertain: whether a card
    /// payment needs PlatnoscKartaId, which robsonek takes from the caller.
    /// </summary>
    public static class Payment
    {
        public static void Apply(dynamic sale, string payment)
        {
            if (payment == null || payment == "cash") return;
            double gross = Convert.ToDouble((object)sale.WartoscBrutto);
            sale.PlatnoscGotowkaKwota = 0.0;
            if (payment == "card") sale.PlatnoscKartaKwota = gross;
            else if (payment == "transfer") sale.PlatnoscPrzelewKwota = gross;
            else sale.PlatnoscKredytKwota = gross;
        }
    }
}
