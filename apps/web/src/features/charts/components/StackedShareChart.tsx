import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { percent } from '@web/features/analytics/utils/status-symbols';
import type { TrendBar } from '@web/features/provision/utils/trend-series';
import { CHART_COLOURS } from '../utils/chart-palette';

interface Props {
  bars: TrendBar[];
  onSelectYear: (year: number) => void;
}

const SERIES = [
  { key: 'yes', name: 'Yes', colour: CHART_COLOURS.yes },
  { key: 'partial', name: 'Partly', colour: CHART_COLOURS.partial },
  { key: 'no', name: 'No', colour: CHART_COLOURS.no },
] as const;

/** Stacked shares of yes / partly / no by year; arrow keys move between years, a click lists that year's landlords. */
export default function StackedShareChart({ bars, onSelectYear }: Props) {
  const height = Math.max(320, bars.length > 8 ? bars.length * 28 : 320);
  return (
    <div className="app-chart__canvas" data-testid="trend-chart" data-points={bars.length}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={bars} margin={{ top: 8, right: 8, bottom: 8, left: 8 }} accessibilityLayer>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" interval={0} tick={{ fontSize: 14, fill: '#0b0c0c' }} />
          <YAxis
            tickFormatter={(value: number) => percent(value)}
            domain={[0, 1]}
            tick={{ fontSize: 14, fill: '#0b0c0c' }}
          />
          <Tooltip
            formatter={(value, name) => [percent(Number(value)), name]}
            labelFormatter={(label) =>
              `${String(label)}${bars.find((bar) => bar.label === label)?.caveat ? ' (carried from the 2022 Code: compare with care)' : ''}`
            }
          />
          <Legend formatter={(value) => <span className="app-chart__legend-text">{String(value)}</span>} />
          {SERIES.map((series) => (
            <Bar
              key={series.key}
              dataKey={series.key}
              name={series.name}
              stackId="share"
              fill={series.colour}
              stroke="#ffffff"
              cursor="pointer"
              isAnimationActive={false}
              onClick={(item: { payload?: TrendBar }) => {
                if (item.payload) onSelectYear(item.payload.year);
              }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
