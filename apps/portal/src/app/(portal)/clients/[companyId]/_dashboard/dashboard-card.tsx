import type { ReactNode } from "react";
import styles from "../dashboard.module.css";

/** One card of the dashboard: a region named by its heading, full width when `wide`. */
export function DashboardCard(props: {
  id: string;
  title: string;
  wide?: boolean;
  lead?: boolean;
  children: ReactNode;
}) {
  const headingId = `dashboard-${props.id}`;
  const classes = ["panel", styles.card, props.wide && styles.wide, props.lead && styles.lead].filter(Boolean);
  return (
    <section className={classes.join(" ")} aria-labelledby={headingId} data-testid={headingId}>
      <h2 id={headingId}>{props.title}</h2>
      {props.children}
    </section>
  );
}
