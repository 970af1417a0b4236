import type { TSubiektDatabase } from "../schema/database.ts";
import { grossOf, zl, type TSandboxProduct } from "./sandbox-model.ts";

/** The tw_Cena row of a product: net and gross (net plus the product's VAT) per level, NULL past the last level. */
export function buildPriceRow(options: { id: number; product: TSandboxProduct }): TSubiektDatabase["tw_Cena"] {
  const { product } = options;
  const net = (level: number) => {
    const value = product.netto[level];
    return value === undefined ? null : zl(value);
  };
  const gross = (level: number) => {
    const value = product.netto[level];
    return value === undefined ? null : zl(grossOf({ netto: value, percent: product.vat.percent }));
  };
  // NOT NULL default 'PLN' even on a level without a price.
  const currency = () => "PLN";
  return {
    tc_Id: options.id,
    tc_IdTowar: product.id,
    tc_CenaNetto0: net(0),
    tc_CenaNetto1: net(1),
    tc_CenaNetto2: net(2),
    tc_CenaNetto3: net(3),
    tc_CenaNetto4: net(4),
    tc_CenaNetto5: net(5),
    tc_CenaNetto6: net(6),
    tc_CenaNetto7: net(7),
    tc_CenaNetto8: net(8),
    tc_CenaNetto9: net(9),
    tc_CenaNetto10: net(10),
    tc_CenaBrutto0: gross(0),
    tc_CenaBrutto1: gross(1),
    tc_CenaBrutto2: gross(2),
    tc_CenaBrutto3: gross(3),
    tc_CenaBrutto4: gross(4),
    tc_CenaBrutto5: gross(5),
    tc_CenaBrutto6: gross(6),
    tc_CenaBrutto7: gross(7),
    tc_CenaBrutto8: gross(8),
    tc_CenaBrutto9: gross(9),
    tc_CenaBrutto10: gross(10),
    tc_IdWaluta0: currency(),
    tc_IdWaluta1: currency(),
    tc_IdWaluta2: currency(),
    tc_IdWaluta3: currency(),
    tc_IdWaluta4: currency(),
    tc_IdWaluta5: currency(),
    tc_IdWaluta6: currency(),
    tc_IdWaluta7: currency(),
    tc_IdWaluta8: currency(),
    tc_IdWaluta9: currency(),
    tc_IdWaluta10: currency(),
  };
}
