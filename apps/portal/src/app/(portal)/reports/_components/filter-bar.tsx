"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import styles from "../reports.module.css";

type TOption = { value: string; label: string };

export type TFilterBarProps = {
  labels: Record<
    | "form"
    | "period"
    | "from"
    | "to"
    | "bucket"
    | "contact"
    | "integration"
    | "needsSource"
    | "warehouse"
    | "group"
    | "apply"
    | "clear"
    | "all"
    | "custom"
    | "toggle",
    string
  >;
  /** The period and filters in force, in words: what the collapsed form says on a phone. */
  summary: string;
  /** Values the report uses when the URL leaves a field out. */
  defaults: { from: string; to: string; bucket: string };
  presets: { value: string; label: string; from: string; to: string }[];
  buckets: TOption[];
  contacts: TOption[];
  /** The company's ERP sources: none (no filter shown) for a company with one. */
  sources: TOption[];
  /** Warehouses and groups are one source's: offered once a source is read alone. */
  sourceChosen: boolean;
  warehouses: TOption[];
  groups: TOption[];
  /** Field errors of the current URL, by field. */
  errors: Record<string, string[]>;
};

const FIELDS = ["from", "to", "bucket", "contact", "integration", "warehouse", "group"] as const;

/**
 * Period and filters, kept in the URL so a report can be bookmarked and shared as it is. On a
 * phone the form folds behind one line saying what is chosen, so the report starts on the first
 * screen; a field with an error keeps it open.
 */
export function FilterBar(props: TFilterBarProps) {
  const router = useRouter();
  const pathname = usePathname();
  const current = useSearchParams();
  const initial = () =>
    Object.fromEntries(
      FIELDS.map((field) => [
        field,
        current.get(field) ?? (field === "from" || field === "to" || field === "bucket" ? props.defaults[field] : ""),
      ]),
    );
  const [values, setValues] = useState(initial);
  const [open, setOpen] = useState(Object.keys(props.errors).length > 0);
  const preset = props.presets.find((p) => p.from === values.from && p.to === values.to)?.value ?? "";
  const set = (changes: Record<string, string>) => setValues((v) => ({ ...v, ...changes }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams(current);
    for (const field of FIELDS) {
      if (values[field]) next.set(field, values[field] ?? "");
      else next.delete(field);
    }
    next.delete("sort");
    next.delete("dir");
    next.delete("page");
    router.push(`${pathname}?${next.toString()}`);
  };
  // Another source's warehouse or group ids mean other things: changing the source drops them.
  const chooseSource = (value: string) => set({ integration: value, warehouse: "", group: "" });
  const select = (field: (typeof FIELDS)[number], label: string, options: TOption[], all = true) => (
    <label>
      {label}
      <select
        name={field}
        value={values[field]}
        onChange={(e) => (field === "integration" ? chooseSource(e.target.value) : set({ [field]: e.target.value }))}
        aria-invalid={props.errors[field] ? true : undefined}
        disabled={(field === "warehouse" || field === "group") && !props.sourceChosen}
        title={
          (field === "warehouse" || field === "group") && !props.sourceChosen ? props.labels.needsSource : undefined
        }
      >
        {all && <option value="">{props.labels.all}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {props.errors[field] && <span className="field-error">{props.errors[field]?.join(", ")}</span>}
    </label>
  );
  return (
    <form className={`panel ${styles.filters}`} onSubmit={submit} aria-label={props.labels.form}>
      <button
        type="button"
        className={`secondary ${styles.filterToggle}`}
        aria-expanded={open}
        aria-controls="report-filter-fields"
        onClick={() => setOpen(!open)}
      >
        {props.labels.toggle}: {props.summary}
      </button>
      <div id="report-filter-fields" className={`inline-form ${styles.filterFields}`} data-open={open}>
        <label>
          {props.labels.period}
          <select
            value={preset}
            onChange={(e) => {
              const chosen = props.presets.find((p) => p.value === e.target.value);
              if (chosen) set({ from: chosen.from, to: chosen.to });
            }}
          >
            <option value="">{props.labels.custom}</option>
            {props.presets.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        {(["from", "to"] as const).map((field) => (
          <label key={field}>
            {props.labels[field]}
            <input
              type="date"
              name={field}
              value={values[field]}
              onChange={(e) => set({ [field]: e.target.value })}
              aria-invalid={props.errors[field] ? true : undefined}
            />
            {props.errors[field] && <span className="field-error">{props.errors[field]?.join(", ")}</span>}
          </label>
        ))}
        {select("bucket", props.labels.bucket, props.buckets, false)}
        {select("contact", props.labels.contact, props.contacts)}
        {props.sources.length > 0 && select("integration", props.labels.integration, props.sources)}
        {select("warehouse", props.labels.warehouse, props.warehouses)}
        {select("group", props.labels.group, props.groups)}
        <button type="submit">{props.labels.apply}</button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setValues({ ...Object.fromEntries(FIELDS.map((field) => [field, ""])), ...props.defaults });
            router.push(pathname);
          }}
        >
          {props.labels.clear}
        </button>
      </div>
    </form>
  );
}
