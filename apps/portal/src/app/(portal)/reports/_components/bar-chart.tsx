"use client";

import { useFormatter } from "next-intl";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { PLN } from "./format-cell.ts";
import { niceTicks } from "./nice-ticks.ts";

export type TBar = { label: string; value: number };

/** A label longer than its axis has room for ends in "…" (the tooltip names it whole). */
const LABEL_CHARS = 24;
const shorten = (label: string) => (label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label);

/** Horizontal bars (one per row), red where the value is negative; round steps on the axis. */
export function Bars(props: { id: string; title: string; bars: TBar[]; valueLabel: string; money?: boolean }) {
  const format = useFormatter();
  const exact = (value: number) =>
    props.money ? format.number(value, PLN) : format.number(value, { maximumFractionDigits: 0 });
  const tick = (value: number) =>
    props.money
      ? format.number(value, { ...PLN, notation: "compact", maximumFractionDigits: 1 })
      : format.number(value, { notation: "compact", maximumFractionDigits: 1 });
  const ticks = niceTicks(
    props.bars.map((b) => b.value),
    4,
  );
  const height = 40 + props.bars.length * 28;
  return (
    <figure aria-label={props.title} data-testid={props.id} data-ticks={ticks.join(",")} style={{ margin: 0, height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={props.bars} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#dfe3ea" horizontal={false} />
          <XAxis
            type="number"
            ticks={ticks}
            domain={[ticks[0] ?? 0, ticks.at(-1) ?? 0]}
            tickFormatter={tick}
            fontSize={12}
          />
          <YAxis type="category" dataKey="label" width={160} fontSize={12} tickFormatter={shorten} />
          <Tooltip formatter={(value) => [exact(Number(value)), props.valueLabel]} />
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
