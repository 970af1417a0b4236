/** A Subiekt-like table for the unit tests' queries. */
export type TTestDb = {
  tw__Towar: {
    tw_Id: number;
    tw_Symbol: string;
    tw_Nazwa: string | null;
    tw_Usuniety: boolean | null;
  };
  tw_Stan: { st_TowId: number; st_MagId: number; st_Stan: number; st_StanRez: number };
};
