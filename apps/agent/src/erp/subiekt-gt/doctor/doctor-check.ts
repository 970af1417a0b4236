/** One line of the doctor's report. `warn` does not fail the verdict; `fail` does. */
export type TDoctorCheck = { name: string; level: "ok" | "warn" | "fail"; detail: string };
