"use client";

import { useFormatter } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TBucket } from "@/server/insight/reports/report-period.ts";
import { Bars } from "./bar-chart.tsx";
import { formatBucket } from "./format-bucket.ts";
import { PLN } from "./format-cell.ts";
import { niceTicks } from "./nice-ticks.ts";

export type TTrendPoint = { bucket: string; current: number; lastYear: number; partial: boolean };

/**
 * Net sales per bucket, with the same buckets a year earlier dashed. Straight lines between the
 * real figures (a smoothed curve would draw values no bucket had); a bucket the period cuts short
 * is drawn dotted and named under the chart, so the month so far does not read as a collapse.
 * One bucket is no trend: it shows as two bars against a year earlier, with a word why; a period
 * without sales says so instead of drawing empty axes.
 */
export function TrendChart(props: {
  points: TTrendPoint[];
  bucket: TBucket;
  labels: { current: string; lastYear: string; title: string; partial: string; single: string; empty: string };
  /** Under the chart: which buckets are partial, in words. */
  notes: string[];
}) {
  const format = useFormatter();
  const { points, labels } = props;
  const axisMoney = (value: number) => format.number(value, { ...PLN, notation: "compact", maximumFractionDigits: 1 });
  const money = (value: number) => format.number(value, PLN);
  const when = (bucket: string) => formatBucket(format, bucket, props.bucket, true);
  const figure = {
    "aria-label": labels.title,
    "data-testid": "trend-chart",
    "data-points": points.length,
    "data-first": points[0]?.bucket ?? "",
    "data-partial": points.filter((p) => p.partial).length,
  };
  if (points.every((p) => p.current === 0 && p.lastYear === 0)) {
    return (
      <figure {...figure} data-state="empty" className="trend-empty" style={{ margin: 0 }}>
        <p className="muted">{labels.empty}</p>
      </figure>
    );
  }
  if (points.length === 1) {
    const [only] = points;
    return (
      <figure {...figure} data-state="single" style={{ margin: 0 }}>
        <p className="muted">{labels.single}</p>
        <Bars
          id="trend-single"
          title={labels.title}
          bars={[
            { label: `${labels.current}: ${when(only?.bucket ?? "")}`, value: only?.current ?? 0 },
            { label: labels.lastYear, value: only?.lastYear ?? 0 },
          ]}
          valueLabel={labels.current}
          money
        />
        <Notes notes={props.notes} />
      </figure>
    );
  }
  // The partial bucket's segment is its own dotted line, joined to the last whole bucket.
  const data = points.map((p, i) => ({
    ...p,
    whole: p.partial ? null : p.current,
    cut: p.partial || points[i + 1]?.partial || points[i - 1]?.partial ? p.current : null,
  }));
  const ticks = niceTicks(points.flatMap((p) => [p.current, p.lastYear]));
  return (
    <figure {...figure} data-state="trend" style={{ margin: 0 }}>
      <div style={{ height: 300 }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#dfe3ea" />
            <XAxis dataKey="bucket" tickFormatter={when} fontSize={12} minTickGap={12} />
            <YAxis
              tickFormatter={axisMoney}
              ticks={ticks}
              domain={[ticks[0] ?? 0, ticks.at(-1) ?? 0]}
              fontSize={12}
              width={84}
            />
            <Tooltip
              labelFormatter={(bucket) => (typeof bucket === "string" ? when(bucket) : "")}
              formatter={(value, name) => [money(Number(value)), name]}
            />
            <Legend />
            <Line
              type="linear"
              dataKey="whole"
              name={labels.current}
              stroke="#1f5fbf"
              strokeWidth={2}
              dot={{ r: 2 }}
              isAnimationActive={false}
            />
            {data.some((p) => p.partial) && (
              <Line
                type="linear"
                dataKey="cut"
                name={labels.partial}
                stroke="#1f5fbf"
                strokeWidth={2}
                strokeDasharray="2 4"
                dot={{ r: 3, fill: "#fff" }}
                isAnimationActive={false}
              />
            )}
            <Line
              type="linear"
              dataKey="lastYear"
              name={labels.lastYear}
              stroke="#98a2b3"
              strokeDasharray="5 4"
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <Notes notes={props.notes} />
    </figure>
  );
}

function Notes(props: { notes: string[] }) {
  return props.notes.length === 0 ? null : (
    <figcaption className="muted" data-testid="trend-notes">
      {props.notes.join(" ")}
    </figcaption>
  );
}
