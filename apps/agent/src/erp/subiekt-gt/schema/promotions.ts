import type { TTableSpecs } from "./column-spec.ts";

/**
 * Promotions (promocje): a dok_Promocja row with the goods it covers (dok_PromocjaTowar, or a
 * product group) and the customers it is for (dok_PromocjaKontrahent, or a customer group).
 * Column names and types are facts (facts/promotion-columns.ts); every meaning below is
 * *uncertain*, read from the column names and from one public integrator that lists a
 * promotion's goods as `pct_IdTowaru` of promotions with `isnull(pc_Nieaktywna,0) = 0 and
 * (pc_Do is null or pc_Do >= GetDate() or pc_OgraniczonaCzasowo = 0)`. Check against a real
 * database (and Subiekt's promotion form) before go-live.
 * Only the columns the promotions read and the sandbox use are typed; the sandbox creates every
 * column the facts list.
 */
export type TPromotionTables = {
  dok_Promocja: {
    pc_Id: number;
    /** uncertain: the product group (sl_GrupaTw) the promotion covers when pc_WyborTw is off; null: every product. */
    pc_TwGrId: number | null;
    /** uncertain: the customer group (sl_GrupaKh) it is for when pc_WyborKh is off; null: every customer. */
    pc_KhGrId: number | null;
    /** uncertain (not read): a price level the promotion is tied to. */
    pc_CenyPoziom: number | null;
    /** uncertain: the discount percent off the customer's price, when no promotional price is set. */
    pc_Rabat: number | null;
    pc_Nazwa: string | null;
    /** uncertain: first and last day of a time-limited promotion (pc_OgraniczonaCzasowo). */
    pc_Od: Date | null;
    pc_Do: Date | null;
    pc_Nieaktywna: boolean | null;
    /** uncertain: on, the goods are those listed in dok_PromocjaTowar. */
    pc_WyborTw: boolean | null;
    /** uncertain: on, the customers are those listed in dok_PromocjaKontrahent. */
    pc_WyborKh: boolean | null;
    /** uncertain (not read): the promotion's kind; the read tells a price from a percent by which columns are set. */
    pc_RodzProm: number | null;
    /** uncertain: a promotional unit price, net and gross. */
    pc_CenaNetto: number | null;
    pc_CenaBrutto: number | null;
    /** uncertain: off, the promotion has no dates and always holds. */
    pc_OgraniczonaCzasowo: boolean;
    /** uncertain: not 0 for a promotion repeating in cycles (days of the week, of the month…), which the read leaves out. */
    pc_RodzajPowtorzen: number;
  };
  dok_PromocjaTowar: { pct_Id: number; pct_IdPromocja: number; pct_IdTowaru: number };
  dok_PromocjaKontrahent: { pck_Id: number; pck_IdPromocja: number; pck_IdKontrahent: number };
};

export const PROMOTION_TABLES: TTableSpecs<TPromotionTables> = {
  dok_Promocja: {
    columns: {
      pc_Id: "int",
      pc_TwGrId: "int null",
      pc_KhGrId: "int null",
      pc_CenyPoziom: "int null",
      pc_Rabat: "money null",
      pc_Nazwa: "varchar(50) null",
      pc_Od: "datetime null",
      pc_Do: "datetime null",
      pc_Nieaktywna: "bit null",
      pc_WyborTw: "bit null",
      pc_WyborKh: "bit null",
      pc_RodzProm: "int null",
      pc_CenaNetto: "money null",
      pc_CenaBrutto: "money null",
      pc_OgraniczonaCzasowo: "bit",
      pc_RodzajPowtorzen: "int",
    },
    primaryKey: ["pc_Id"],
    indexes: [["pc_TwGrId", "pc_KhGrId", "pc_CenyPoziom"]],
  },
  dok_PromocjaTowar: {
    columns: { pct_Id: "int", pct_IdPromocja: "int", pct_IdTowaru: "int" },
    primaryKey: ["pct_Id"],
    indexes: [["pct_IdPromocja"]],
  },
  dok_PromocjaKontrahent: {
    columns: { pck_Id: "int", pck_IdPromocja: "int", pck_IdKontrahent: "int" },
    primaryKey: ["pck_Id"],
    indexes: [["pck_IdPromocja"]],
  },
};
