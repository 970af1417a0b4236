"use client";

import { useFormatter } from "next-intl";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TBar = { label: string; value: number };

/** Horizontal bars (one per row), red where the value is negative. */
export function Bars(props: { id: string; title: string; bars: TBar[]; valueLabel: string; percent?: boolean }) {
  const format = useFormatter();
  const show = (value: number) =>
    props.percent
      ? `${format.number(value, { maximumFractionDigits: 1 })} %`
      : format.number(value, { maximumFractionDigits: 0 });
  const height = 40 + props.bars.length * 28;
  return (
    <figure aria-label={props.title} data-testid={props.id} style={{ margin: 0, height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={props.bars} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#dfe3ea" horizontal={false} />
          <XAxis type="number" tickFormatter={show} fontSize={12} />
          <YAxis type="category" dataKey="label" width={220} fontSize={12} />
          <Tooltip formatter={(value) => [show(Number(value)), props.valueLabel]} />
          <Bar dataKey="value" isAnimationActive={false}>
            {props.bars.map((bar) => (
              <Cell key={bar.label} fill={bar.value < 0 ? "#b42318" : "#1f5fbf"} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
