"use client";

import { useFormatter } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TTrendPoint = { bucket: string; current: number; lastYear: number };

/** Net sales per bucket, with the same buckets a year earlier dashed. */
export function TrendChart(props: {
  points: TTrendPoint[];
  labels: { current: string; lastYear: string; title: string };
}) {
  const format = useFormatter();
  const money = (value: number) => format.number(value, { maximumFractionDigits: 0 });
  return (
    <figure
      aria-label={props.labels.title}
      data-testid="trend-chart"
      data-points={props.points.length}
      data-first={props.points[0]?.bucket ?? ""}
      style={{ margin: 0, height: 300 }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={props.points} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#dfe3ea" />
          <XAxis dataKey="bucket" fontSize={12} />
          <YAxis tickFormatter={money} fontSize={12} width={80} />
          <Tooltip formatter={(value) => money(Number(value))} />
          <Legend />
          <Line
            type="monotone"
            dataKey="current"
            name={props.labels.current}
            stroke="#1f5fbf"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="lastYear"
            name={props.labels.lastYear}
            stroke="#98a2b3"
            strokeDasharray="5 4"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
