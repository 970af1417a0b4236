import type { TTableSpecs } from "./column-spec.ts";

/** Products carry no modification timestamp: integrators poll this table instead. */
export type TChangeMarkerTables = {
  /** uncertain: columns besides twz_CzasModyf come from one integrator's notes; key assumed (product, change number). */
  tw_ZmianaTw: {
    twz_TowarId: number;
    twz_NrZmiany: number;
    twz_CzasModyf: Date;
  };
};

export const CHANGE_MARKER_TABLES: TTableSpecs<TChangeMarkerTables> = {
  tw_ZmianaTw: {
    columns: { twz_TowarId: "int", twz_NrZmiany: "int", twz_CzasModyf: "datetime" },
    primaryKey: ["twz_TowarId", "twz_NrZmiany"],
    indexes: [["twz_CzasModyf"]],
  },
};
