import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { percent } from '@web/features/analytics/utils/status-symbols';
import type { NonComplianceBar } from '@web/features/overview/utils/overview-series';
import { CHART_COLOURS } from '../utils/chart-palette';

interface Props {
  bars: NonComplianceBar[];
  onSelect: (provision: string) => void;
}

/** Horizontal bars, highest first, each labelled with its share so the value never depends on the bar length alone. */
export default function RankedBarChart({ bars, onSelect }: Props) {
  return (
    <div className="app-chart__canvas" data-testid="non-compliance-chart" data-points={bars.length}>
      <ResponsiveContainer width="100%" height={Math.max(200, bars.length * 36 + 40)}>
        <BarChart
          data={bars}
          layout="vertical"
          margin={{ top: 8, right: 48, bottom: 8, left: 8 }}
          accessibilityLayer
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, 1]}
            tickFormatter={(value: number) => percent(value)}
            tick={{ fontSize: 14, fill: '#0b0c0c' }}
          />
          <YAxis type="category" dataKey="label" width={48} tick={{ fontSize: 14, fill: '#0b0c0c' }} />
          <Tooltip
            formatter={(value) => [percent(Number(value)), 'No or partly']}
            labelFormatter={(label) => {
              const bar = bars.find((item) => item.label === label);
              return bar
                ? `${bar.provision} ${bar.title}: ${bar.nonCompliant} of ${bar.answered}`
                : String(label);
            }}
          />
          <Bar
            dataKey="rate"
            name="Answered no or partly"
            fill={CHART_COLOURS.no}
            cursor="pointer"
            isAnimationActive={false}
            onClick={(item: { payload?: NonComplianceBar }) => {
              if (item.payload) onSelect(item.payload.provision);
            }}
          >
            <LabelList
              dataKey="rate"
              position="right"
              formatter={(value: unknown) => percent(Number(value))}
              style={{ fill: '#0b0c0c', fontSize: 14 }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
