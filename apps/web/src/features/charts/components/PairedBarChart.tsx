import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { percent } from '@web/features/analytics/utils/status-symbols';
import type { SectionRateBar } from '@web/features/landlord-profile/utils/section-rate-series';
import { CHART_COLOURS } from '../utils/chart-palette';

interface Props {
  bars: SectionRateBar[];
  name: string;
}

/** The landlord's section rates beside its peer group's medians. */
export default function PairedBarChart({ bars, name }: Props) {
  return (
    <div className="app-chart__canvas" data-testid="section-rates-chart" data-points={bars.length}>
      <ResponsiveContainer width="100%" height={320}>
        <BarChart data={bars} margin={{ top: 8, right: 8, bottom: 8, left: 8 }} accessibilityLayer>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="label"
            tick={{ fontSize: 14, fill: '#0b0c0c' }}
            label={{ value: 'Code section', position: 'insideBottom', offset: -4 }}
          />
          <YAxis
            domain={[0, 1]}
            tickFormatter={(value: number) => percent(value)}
            tick={{ fontSize: 14, fill: '#0b0c0c' }}
          />
          <Tooltip
            formatter={(value, series) => [value === null ? 'not available' : percent(Number(value)), series]}
            labelFormatter={(label) =>
              `Section ${String(label)}: ${bars.find((bar) => bar.label === label)?.title ?? ''}`
            }
          />
          <Legend
            verticalAlign="top"
            formatter={(value) => <span className="app-chart__legend-text">{String(value)}</span>}
          />
          <Bar dataKey="rate" name={name} fill={CHART_COLOURS.yes} isAnimationActive={false} />
          <Bar
            dataKey="peerMedian"
            name="Peer group median"
            fill={CHART_COLOURS.peer}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
