import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

// Small, dependency-free SVG charts. Every chart carries its numbers as text too (a summary and a table),
// so nothing is said only by shape or colour. All words arrive as props: this file holds no copy.

type ProgressProps = {
  /** What is being measured, e.g. "Written reflective accounts". */
  label: string;
  value: number;
  max: number;
  /** The value in words, e.g. "3 of 5", read by screen readers and shown beside the bar. */
  valueText: string;
};

/** A segmented progress bar (one segment per item needed), exposed as an ARIA progressbar. */
export function ProgressMeter({ label, value, max, valueText }: ProgressProps) {
  const labelId = useId();
  const safeMax = Math.max(1, max);
  const done = Math.min(Math.max(0, value), safeMax);
  const gap = 4;
  const width = 300;
  const segment = (width - gap * (safeMax - 1)) / safeMax;
  return (
    <div class="chart-progress">
      <span id={labelId} class="pom-legend">
        {label}
      </span>
      <div
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={safeMax}
        aria-valuenow={done}
        aria-valuetext={valueText}
        class="chart-progress-bar"
      >
        <svg
          viewBox={`0 0 ${width} 24`}
          width="100%"
          height="24"
          preserveAspectRatio="xMinYMid meet"
          aria-hidden="true"
          focusable="false"
        >
          {Array.from({ length: safeMax }, (_, i) => (
            <rect
              key={i}
              x={i * (segment + gap)}
              y={0}
              width={segment}
              height={24}
              rx={4}
              class={i < done ? 'chart-fill' : 'chart-track'}
            />
          ))}
        </svg>
      </div>
      <span class="chart-progress-text">{valueText}</span>
    </div>
  );
}

export type ChartDatum = {
  /** Full label for the table, e.g. "March 2025". */
  label: string;
  /** Short label under the column, e.g. "Mar". */
  shortLabel: string;
  value: number;
};

type ColumnChartProps = {
  title: string;
  data: readonly ChartDatum[];
  /** One sentence saying what the chart shows, read in place of the picture. */
  summary: string;
  /** The disclosure that reveals the numbers, e.g. "Show the numbers". */
  tableToggle: string;
  labelHeader: string;
  valueHeader: string;
};

type ChartFrameProps = {
  title: string;
  summary: string;
  width: number;
  height: number;
  /** Where the base line runs across the plot. */
  axisY: number;
  class?: string;
  preserveAspectRatio?: string;
  plot: ComponentChildren;
  children?: ComponentChildren;
};

/** A captioned figure around an SVG plot that screen readers hear as its summary; extras follow the plot. */
export function ChartFrame(props: ChartFrameProps) {
  const titleId = useId();
  return (
    <figure class={props.class ?? 'chart'} aria-labelledby={titleId}>
      <figcaption id={titleId} class="pom-legend">
        {props.title}
      </figcaption>
      <svg
        viewBox={`0 0 ${props.width} ${props.height}`}
        width="100%"
        class="chart-columns"
        preserveAspectRatio={props.preserveAspectRatio}
        role="img"
        aria-label={props.summary}
        focusable="false"
      >
        <line x1={0} x2={props.width} y1={props.axisY} y2={props.axisY} class="chart-axis" />
        {props.plot}
      </svg>
      {props.children}
    </figure>
  );
}

/** Vertical bars, e.g. reflections per month, with a text summary and the numbers in a table. */
export function ColumnChart({
  title,
  data,
  summary,
  tableToggle,
  labelHeader,
  valueHeader,
}: ColumnChartProps) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const columnWidth = 36;
  const gap = 8;
  const plotHeight = 120;
  const top = 16;
  const bottom = 20;
  const width = data.length * (columnWidth + gap);
  const height = top + plotHeight + bottom;
  return (
    <ChartFrame
      title={title}
      summary={summary}
      width={width}
      height={height}
      axisY={top + plotHeight}
      preserveAspectRatio="xMinYMax meet"
      plot={data.map((d, i) => {
        const barHeight = (d.value / max) * plotHeight;
        const x = i * (columnWidth + gap) + gap / 2;
        return (
          <g key={d.label}>
            <rect
              x={x}
              y={top + plotHeight - barHeight}
              width={columnWidth}
              height={barHeight}
              rx={3}
              class="chart-fill"
            />
            <text x={x + columnWidth / 2} y={top + plotHeight - barHeight - 4} class="chart-value">
              {d.value}
            </text>
            <text x={x + columnWidth / 2} y={height - 4} class="chart-label">
              {d.shortLabel}
            </text>
          </g>
        );
      })}
    >
      <details class="chart-details">
        <summary>{tableToggle}</summary>
        <table class="chart-table">
          <caption class="pom-visually-hidden">{title}</caption>
          <TwoColumnHead label={labelHeader} value={valueHeader} />
          <tbody>
            {data.map((d) => (
              <tr key={d.label}>
                <th scope="row">{d.label}</th>
                <td>{d.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </ChartFrame>
  );
}

type BarTableProps = {
  caption: string;
  rows: readonly { key: string; label: string; value: number }[];
  labelHeader: string;
  valueHeader: string;
};

/** A table whose rows each carry a horizontal bar: the picture and the numbers in one accessible place. */
export function BarTable({ caption, rows, labelHeader, valueHeader }: BarTableProps) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <table class="chart-bars">
      <caption class="pom-legend">{caption}</caption>
      <TwoColumnHead label={labelHeader} value={valueHeader} />
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>
              <span class="chart-bar-cell">
                <svg viewBox="0 0 100 12" class="chart-bar" aria-hidden="true" focusable="false">
                  <rect x={0} y={0} width={100} height={12} rx={3} class="chart-track" />
                  <rect x={0} y={0} width={(r.value / max) * 100} height={12} rx={3} class="chart-fill" />
                </svg>
                <span class="chart-bar-value">{r.value}</span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Chart colours and sizes, using the shared design tokens. */
export const chartCss = `
.chart { margin: 0 0 16px; }
.chart-columns { max-width: 560px; display: block; }
.chart-fill { fill: var(--pom-primary); }
.chart-track { fill: var(--pom-surface); stroke: var(--pom-border); stroke-width: 1; }
.chart-axis { stroke: var(--pom-border); stroke-width: 1; }
.chart-value, .chart-label { fill: var(--pom-text); font-size: 11px; text-anchor: middle; }
.chart-label { fill: var(--pom-muted); }
.chart-details summary { cursor: pointer; color: var(--pom-primary); margin: 4px 0; }
.chart-progress { display: grid; gap: 4px; max-width: 420px; margin: 0 0 12px; }
.chart-progress-bar { display: block; }
.chart-progress-text { font-weight: 600; }
.chart-bars { border-collapse: collapse; margin: 0 0 16px; min-width: 320px; }
.chart-bars caption { text-align: left; padding: 4px 0; }
.chart-bars th, .chart-bars td { text-align: left; padding: 4px 8px 4px 0; vertical-align: middle; }
.chart-bars thead th { color: var(--pom-muted); font-size: 13px; }
.chart-bars tbody th { font-weight: normal; }
.chart-bar-cell { display: flex; align-items: center; gap: 8px; }
.chart-bar { width: 160px; height: 12px; }
.chart-bar-value { font-weight: 600; min-width: 2ch; }
@media (forced-colors: active) { .chart-fill { fill: Highlight; } .chart-track { fill: Canvas; stroke: CanvasText; } }
`;

function TwoColumnHead({ label, value }: { label: string; value: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{label}</th>
        <th scope="col">{value}</th>
      </tr>
    </thead>
  );
}
