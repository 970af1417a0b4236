using System;
using System.Collections.Generic;
using SferaBridge.Protocol;

// Runs against Sfera: needs a Windows server with Subiekt GT and a Sfera licence (see CallTable.cs).
namespace SferaBridge.Sfera.Calls
{
    /// <summary>
    /// Spreads returned quantities over the positions a correction copied from its sale. A sale may
    /// list a product on several positions; each position gives back at most what it sold, so a
    /// line is never written twice onto the first one (robsonek/subiekt-bridge
    /// .claude/rules/sfera-documents.md, "Korekta (KFS)": usedPositions, and a return larger than the
    /// sale is refused, not silently zeroed). Sfera's collections count from 1.
    /// </summary>
    public static class CorrectionLines
    {
        public static void Apply(dynamic correction, List<Fields> lines)
        {
            int count = Convert.ToInt32((object)correction.Pozycje.Liczba);
            var returned = new Dictionary<int, double>();
            foreach (var line in lines)
            {
                string sku = line.Str("sku");
                double left = line.Num("quantity");
                bool onSale = false;
                for (int index = 1; index <= count && left > 0; index++)
                {
                    dynamic position = correction.Pozycje.Element(index);
                    if (!string.Equals((string)position.TowarSymbol, sku, StringComparison.OrdinalIgnoreCase)) continue;
                    onSale = true;
                    double sold = Convert.ToDouble((object)position.IloscJm);
                    double already;
                    returned.TryGetValue(index, out already);
                    double take = Math.Min(sold - already, left);
                    if (take <= 0) continue;
                    returned[index] = already + take;
                    left -= take;
                    position.IloscJmPoKorekcie = Documents.Quantity(sold - returned[index]);
                }
                if (!onSale) throw BridgeException.Refused(line.PathOf("sku") + ": " + sku + " is not on the sale");
                if (left > 1e-9) throw BridgeException.Refused(line.PathOf("quantity") + ": more " + sku + " returned than the sale has left");
            }
        }
    }
}
