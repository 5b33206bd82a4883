import type { MovementRole } from '../reflections/model';
import type { JourneyMonth } from '../together/journey';
import { monthName } from '../together/journey-of';
import { ChartFrame } from './charts';
import { t } from './i18n';
import { label } from './labels';

type Props = { months: readonly JourneyMonth[]; summary: string };

const stack: readonly MovementRole[] = ['organiser', 'mobiliser', 'lone-wolf'];
const together = (m: JourneyMonth) =>
  m.passedOn + m.together + m.commitmentsKept + m.voices.patients + m.voices.carers + m.voices.public;

/**
 * The movement journey as a picture: each month a column of the user's moves (organiser at the base) and,
 * above it, a circle that grows with everything done with others. The table says the same in numbers.
 */
export function JourneyChart({ months, summary }: Props) {
  const col = 44;
  const plot = 140;
  const top = 56;
  const width = Math.max(1, months.length) * col;
  const height = top + plot + 22;
  const maxMoves = Math.max(1, ...months.map((m) => stack.reduce((n, r) => n + m.moves[r], 0)));
  const maxTogether = Math.max(1, ...months.map(together));
  return (
    <ChartFrame
      class="chart journey"
      title={t('journeyChartTitle')}
      summary={summary}
      width={width}
      height={height}
      axisY={top + plot}
      plot={months.map((m, i) => {
        let y = top + plot;
        const x = i * col + 6;
        const size = together(m);
        return (
          <g key={m.month}>
            {size > 0 && (
              <circle cx={x + 16} cy={26} r={4 + (18 * size) / maxTogether} class="journey-many" />
            )}
            {stack.map((role) => {
              const h = (m.moves[role] / maxMoves) * plot;
              y -= h;
              return h > 0 ? (
                <rect key={role} x={x} y={y} width={32} height={h} class={`journey-${role}`} />
              ) : null;
            })}
            <text x={x + 16} y={height - 6} class="chart-label">
              {monthName(m.month, 'short')}
            </text>
          </g>
        );
      })}
    >
      <ul class="journey-key" aria-hidden="true">
        {stack.map((role) => (
          <li key={role}>
            <span class={`journey-swatch journey-${role}`} /> {label('role', role)}
          </li>
        ))}
        <li>
          <span class="journey-swatch journey-many" /> {t('journeyKeyMany')}
        </li>
      </ul>
      <JourneyTable months={months} />
    </ChartFrame>
  );
}

const columns = [
  ['journeyColReflections', (m: JourneyMonth) => m.reflections],
  ['journeyColOrganiser', (m: JourneyMonth) => m.moves.organiser],
  ['journeyColMobiliser', (m: JourneyMonth) => m.moves.mobiliser],
  ['journeyColLoneWolf', (m: JourneyMonth) => m.moves['lone-wolf']],
  ['journeyColVoices', (m: JourneyMonth) => m.voices.patients + m.voices.carers + m.voices.public],
  ['journeyColPassedOn', (m: JourneyMonth) => m.passedOn],
  ['journeyColKept', (m: JourneyMonth) => m.commitmentsKept],
  ['journeyColTogether', (m: JourneyMonth) => m.together],
] as const;

/** The same journey in numbers, for anyone who would rather read than look. */
export function JourneyTable({ months }: { months: readonly JourneyMonth[] }) {
  return (
    <details class="chart-details">
      <summary>{t('journeyShowTable')}</summary>
      <table class="chart-table">
        <caption class="pom-visually-hidden">{t('journeyChartTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('journeyColMonth')}</th>
            {columns.map(([key]) => (
              <th key={key} scope="col">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthName(m.month)}</th>
              {columns.map(([key, value]) => (
                <td key={key}>{value(m)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export const journeyCss = `
.journey-organiser { fill: var(--pom-primary); background: var(--pom-primary); }
.journey-mobiliser { fill: var(--pom-accent); background: var(--pom-accent); }
.journey-lone-wolf { fill: var(--pom-muted); background: var(--pom-muted); }
.journey-many { fill: var(--pom-focus); stroke: var(--pom-text); stroke-width: 1; background: var(--pom-focus); }
.journey-key { display: flex; flex-wrap: wrap; gap: 12px; list-style: none; padding: 0; margin: 8px 0; }
.journey-swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; vertical-align: middle; }
@media (forced-colors: active) { .journey-organiser, .journey-mobiliser, .journey-lone-wolf, .journey-many { fill: CanvasText; } }
`;

/** The group badge, overdue commitments and the pass-it-on panel, wherever they appear. */
export const togetherCss = `
.badge-group { display: inline-block; border: 2px solid var(--pom-accent); color: var(--pom-accent); border-radius: 4px;
  padding: 0 6px; font-size: 12px; font-weight: 700; white-space: nowrap; }
.badge-overdue { color: var(--pom-warning); font-weight: 600; font-size: 13px; margin: 2px 0; }
.together-notes p { margin: 4px 0; font-weight: normal; }
.pass-it-on textarea { width: 100%; min-height: 12em; }
.commitment-check { border: 1px solid var(--pom-border); border-radius: 8px; padding: 8px 12px; }
`;
