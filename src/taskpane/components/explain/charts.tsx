/**
 * The Explain view's small charts, drawn as SVG from the explanation's numbers: the cash left
 * month by month, the AI-share series with one year marked, and the tornado of sensitivities,
 * which is a table (for screen readers and for copying) whose cells carry the bars.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { AiShareDetail, RunwayDetail, Sensitivity } from "../../../domain/explain";

const WIDTH = 280;
const HEIGHT = 110;
const PAD = { left: 6, right: 6, top: 8, bottom: 16 };

const useStyles = makeStyles({
  chart: { display: "block", width: "100%", maxWidth: `${WIDTH}px`, height: "auto", overflow: "visible" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  line: { fill: "none", stroke: tokens.colorBrandForeground1, strokeWidth: 2 },
  forecast: { fill: "none", stroke: tokens.colorBrandForeground1, strokeWidth: 2, strokeDasharray: "4 3" },
  area: { fill: tokens.colorBrandBackground2, stroke: "none" },
  marker: { fill: tokens.colorPaletteDarkOrangeForeground1, stroke: tokens.colorNeutralBackground1, strokeWidth: 2 },
  label: { fill: tokens.colorNeutralForeground2, fontSize: "10px" },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, textAlign: "left", verticalAlign: "middle" },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  inputCell: { width: "50%", fontWeight: tokens.fontWeightRegular },
  inputName: { display: "block", fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  // The centre line is the result as it is; bars grow out from it.
  track: {
    position: "relative",
    display: "block",
    height: "8px",
    marginTop: tokens.spacingVerticalXXS,
    backgroundImage: `linear-gradient(${tokens.colorNeutralStroke1}, ${tokens.colorNeutralStroke1})`,
    backgroundSize: "1px 100%",
    backgroundPosition: "center",
    backgroundRepeat: "no-repeat",
  },
  lowBar: { position: "absolute", right: "50%", top: 0, bottom: 0, backgroundColor: tokens.colorPaletteDarkOrangeBorderActive },
  highBar: { position: "absolute", left: "50%", top: 0, bottom: 0, backgroundColor: tokens.colorBrandBackground },
  caption: { textAlign: "left", color: tokens.colorNeutralForeground3, paddingBottom: tokens.spacingVerticalXS },
});

type Scale = (value: number) => number;
const scale = (min: number, max: number, from: number, to: number): Scale =>
  max === min ? () => (from + to) / 2 : (value) => from + ((value - min) / (max - min)) * (to - from);

const path = (points: readonly (readonly [number, number])[]) =>
  points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${x.toFixed(1)},${y.toFixed(1)}`).join("");

/** Cash left from month 0 until it runs out. */
export function CashChart({ detail, label, endLabel }: { detail: RunwayDetail; label: string; endLabel: string }) {
  const styles = useStyles();
  const last = detail.balance[detail.balance.length - 1].month;
  const top = Math.max(...detail.balance.map((point) => point.cash));
  const x = scale(0, last, PAD.left, WIDTH - PAD.right);
  const y = scale(0, top, HEIGHT - PAD.bottom, PAD.top);
  const points = detail.balance.map((point) => [x(point.month), y(point.cash)] as const);
  const area = `${path(points)}L${x(last)},${y(0)}L${x(0)},${y(0)}Z`;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={styles.chart}>
      <path d={area} className={styles.area} />
      <path d={path(points)} className={styles.line} />
      <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} className={styles.axis} />
      <text x={PAD.left} y={HEIGHT - 3} className={styles.label}>
        0
      </text>
      <text x={WIDTH - PAD.right} y={HEIGHT - 3} textAnchor="end" className={styles.label}>
        {endLabel}
      </text>
    </svg>
  );
}

/** The article's series, observed years solid and forecast ones dashed, with the year asked for marked. */
export function AiShareChart({ detail, label }: { detail: AiShareDetail; label: string }) {
  const styles = useStyles();
  const years = [...detail.series.map((point) => point.year), detail.year];
  const shares = [...detail.series.map((point) => point.share), detail.share, 0];
  const x = scale(Math.min(...years), Math.max(...years), PAD.left, WIDTH - PAD.right);
  const y = scale(0, Math.max(...shares), HEIGHT - PAD.bottom, PAD.top);
  const observed = detail.series.filter((point) => point.status !== "forecast");
  const forecast = detail.series.filter((point, i, all) => point.status === "forecast" || all[i + 1]?.status === "forecast");
  const last = detail.series[detail.series.length - 1];
  const beyond =
    detail.year > last.year ? [[x(last.year), y(last.share)] as const, [x(detail.year), y(detail.share)] as const] : [];
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={styles.chart}>
      <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} className={styles.axis} />
      <path d={path(observed.map((p) => [x(p.year), y(p.share)]))} className={styles.line} />
      <path d={path(forecast.map((p) => [x(p.year), y(p.share)]))} className={styles.forecast} />
      {beyond.length > 0 && <path d={path(beyond)} className={styles.forecast} />}
      <circle cx={x(detail.year)} cy={y(detail.share)} r={5} className={styles.marker} />
      <text x={PAD.left} y={HEIGHT - 3} className={styles.label}>
        {Math.min(...years)}
      </text>
      <text x={WIDTH - PAD.right} y={HEIGHT - 3} textAnchor="end" className={styles.label}>
        {Math.max(...years)}
      </text>
    </svg>
  );
}

/**
 * The sensitivities as a table, largest swing first. Under each input's name a tornado bar
 * (hidden from screen readers, which read the numbers) runs left from the centre for the
 * result with the input 10% lower, and right for 10% higher, each as long as its change.
 */
export function Tornado({
  rows,
  caption,
  headers,
  format,
}: {
  rows: readonly Sensitivity[];
  caption: string;
  headers: { input: string; low: string; high: string };
  format: (value: number | null) => string;
}) {
  const styles = useStyles();
  const widest = Math.max(...rows.map((row) => row.swing), 0);
  const half = (value: number | null, base: number) =>
    value === null || widest === 0 ? "0%" : `${(Math.abs(value - base) / widest) * 50}%`;
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.cell}>
            {headers.input}
          </th>
          <th scope="col" className={mergeClasses(styles.cell, styles.number)}>
            {headers.low}
          </th>
          <th scope="col" className={mergeClasses(styles.cell, styles.number)}>
            {headers.high}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.input}>
            <th scope="row" className={mergeClasses(styles.cell, styles.inputCell)}>
              <span className={styles.inputName}>{row.input}</span>
              <span className={styles.track} aria-hidden="true">
                <span className={styles.lowBar} style={{ width: half(row.low, row.base) }} />
                <span className={styles.highBar} style={{ width: half(row.high, row.base) }} />
              </span>
            </th>
            <td className={mergeClasses(styles.cell, styles.number)}>{format(row.low)}</td>
            <td className={mergeClasses(styles.cell, styles.number)}>{format(row.high)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
