"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import styles from "../reports.module.css";

/**
 * Says which of a table's columns are hidden and lets the user show them. The choice lives in the
 * URL (`<table>-cols`), so a shared link shows the same columns; the defaults keep the URL clean.
 */
export function ColumnPicker(props: {
  param: string;
  columns: { key: string; title: string }[];
  visible: string[];
  defaults: string[];
  labels: { columns: string; hidden: string; none: string };
}) {
  const router = useRouter();
  const pathname = usePathname();
  const current = useSearchParams();
  const hidden = props.columns.filter((c) => !props.visible.includes(c.key));
  const toggle = (key: string, on: boolean) => {
    const keys = props.columns.map((c) => c.key).filter((k) => (k === key ? on : props.visible.includes(k)));
    const next = new URLSearchParams(current);
    if (keys.join(",") === props.defaults.join(",")) next.delete(props.param);
    else next.set(props.param, keys.join(","));
    const query = next.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  return (
    <details className={styles.columnPicker} data-hidden-columns={hidden.map((c) => c.key).join(",")}>
      <summary>
        {props.labels.columns}:{" "}
        {hidden.length === 0 ? props.labels.none : `${props.labels.hidden} ${hidden.map((c) => c.title).join(", ")}`}
      </summary>
      <fieldset>
        <legend className="sr-only">{props.labels.columns}</legend>
        {props.columns.map((column, index) => (
          <label key={column.key}>
            <input
              type="checkbox"
              checked={props.visible.includes(column.key)}
              disabled={index === 0}
              onChange={(e) => toggle(column.key, e.target.checked)}
            />
            {column.title}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
