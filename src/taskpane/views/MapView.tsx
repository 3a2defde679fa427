/**
 * The money map as a picture: entities on a ring, flows as arrows as wide as their stated
 * amounts, dashed where no amount is stated, and the links without one direction as dotted
 * lines. Selecting an entity lists its flows and exposure; selecting a circle highlights it.
 * Every flow is also in the table below, which is what screen readers read.
 */
import { Body1, Button, Caption1, makeStyles, mergeClasses, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState, type KeyboardEvent } from "react";
import { bundledCatalog } from "../../domain/dataset";
import { catalogCircles, flowGraph, type Circle, type Flow } from "../../domain/flows/graph";
import { layoutMap } from "../../domain/flows/layout";
import { qualifiedName, text } from "../../domain/formulas/build";
import { circleText } from "../../domain/model/moneyMap";
import type { Language } from "../../domain/language";
import { formatFigure } from "../../domain/tables/formatFigure";
import { InsertButton } from "../components/InsertButton";
import { ItemList } from "../components/ItemList";
import { NoticeBar } from "../components/NoticeBar";
import { Panel } from "../components/Panel";
import { useInsertFormula } from "../hooks/useInsertFormula";
import { entityName } from "../entityName";
import { useI18n, useViewStrings } from "../i18n";
import { MAP_STRINGS } from "../strings/views/mapView";
import type { FormulaPort } from "../ports";

const catalog = bundledCatalog;
const graph = flowGraph(catalog);
const SIZE = 420;
const LABEL_ROOM = 112;
const layout = layoutMap(graph, SIZE, LABEL_ROOM);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  map: { width: "100%", height: "auto", display: "block" },
  flow: { fill: "none", stroke: tokens.colorNeutralForeground3 },
  link: { fill: "none", stroke: tokens.colorNeutralForeground3, strokeDasharray: "1 4", strokeLinecap: "round" },
  unstated: { strokeDasharray: "6 4" },
  highlighted: { stroke: tokens.colorBrandForeground1 },
  arrow: { fill: tokens.colorNeutralForeground3 },
  arrowHighlighted: { fill: tokens.colorBrandForeground1 },
  inferredMark: { fill: tokens.colorPaletteDarkOrangeForeground1 },
  node: { cursor: "pointer", outlineStyle: "none" },
  nodeCircle: { fill: tokens.colorNeutralBackground1, stroke: tokens.colorNeutralForeground2, strokeWidth: "1.5px" },
  nodeSelected: { fill: tokens.colorBrandBackground, stroke: tokens.colorBrandForeground1 },
  focusRing: { fill: "none", stroke: tokens.colorStrokeFocus2, strokeWidth: "2px" },
  label: { fill: tokens.colorNeutralForeground1, fontSize: "12px", fontFamily: tokens.fontFamilyBase },
  legend: { color: tokens.colorNeutralForeground2 },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: "start", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, verticalAlign: "top" },
  numeric: { textAlign: "end", whiteSpace: "nowrap" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** A flow in words, in the pane's language: "Oracle → Nvidia: not stated". */
function useFlowWords(): (flow: Flow) => string {
  const { language } = useI18n();
  const v = useViewStrings(MAP_STRINGS);
  return (flow) =>
    v("mapFlowLabel", {
      from: entityName(flow.from, language),
      to: entityName(flow.to, language),
      amount: amount(flow.valueUsd, language, v("mapNotStated")),
    });
}

/** Long names are cut on the map; the button's label and the table give them whole. */
const shortName = (full: string) => (full.length > 14 ? `${full.slice(0, 13)}…` : full);

const amount = (value: number | null, language: Language, notStated: string) =>
  value === null ? notStated : formatFigure(value, "USD", language);

const legKey = (from: string, to: string) => `${from}\u0000${to}`;

export default function MapView({ port, className }: { port: FormulaPort; className?: string }) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const v = useViewStrings(MAP_STRINGS);
  const [selected, setSelected] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [circle, setCircle] = useState<Circle | null>(null);
  const { insert, notice } = useInsertFormula(port);
  const circles = catalogCircles(catalog);
  const name = (id: string) => entityName(id, language);
  const notStated = v("mapNotStated");

  const highlightedLegs = useMemo(() => new Set(circle?.legs.map((leg) => legKey(leg.from, leg.to)) ?? []), [circle]);
  const isHighlighted = (flow: Flow) => highlightedLegs.has(legKey(flow.from, flow.to));

  const select = (id: string) => setSelected((was) => (was === id ? null : id));
  const onNodeKey = (event: KeyboardEvent, id: string) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    select(id);
  };

  const flowWords = useFlowWords();

  return (
    <section className={mergeClasses(styles.root, className)} aria-label={t("tabMap")}>
      <Body1>{v("mapIntro")}</Body1>
      <svg className={styles.map} viewBox={`0 0 ${SIZE} ${SIZE}`} role="group" aria-label={v("mapPictureLabel")}>
        {layout.links.map((edge, i) => (
          <path key={`link-${i}`} d={edge.path} className={styles.link} strokeWidth={edge.width} aria-hidden="true" />
        ))}
        {layout.flows.map((edge, i) => {
          const flow = graph.flows[i];
          const on = isHighlighted(flow);
          return (
            <g key={flow.deal.id} aria-hidden="true" data-highlighted={on}>
              <title>{flowWords(flow)}</title>
              <path
                d={edge.path}
                className={mergeClasses(styles.flow, edge.dashed && styles.unstated, on && styles.highlighted)}
                strokeWidth={edge.width}
              />
              <polygon points={edge.arrow} className={on ? styles.arrowHighlighted : styles.arrow} />
              {edge.inferred && <circle cx={edge.middle.x} cy={edge.middle.y} r={4} className={styles.inferredMark} />}
            </g>
          );
        })}
        {layout.nodes.map((node) => {
          const left = node.angle > 90 || node.angle < -90;
          const offset = layout.nodeRadius + 5;
          const exposure = graph.exposureOf(node.id);
          return (
            <g
              key={node.id}
              role="button"
              tabIndex={0}
              aria-pressed={selected === node.id}
              aria-label={v("mapNodeLabel", {
                name: name(node.id),
                in: formatFigure(exposure.inUsd, "USD", language),
                out: formatFigure(exposure.outUsd, "USD", language),
              })}
              className={styles.node}
              onClick={() => select(node.id)}
              onKeyDown={(event) => onNodeKey(event, node.id)}
              onFocus={() => setFocused(node.id)}
              onBlur={() => setFocused(null)}
            >
              {focused === node.id && <circle cx={node.x} cy={node.y} r={layout.nodeRadius + 4} className={styles.focusRing} />}
              <circle
                cx={node.x}
                cy={node.y}
                r={layout.nodeRadius}
                className={mergeClasses(styles.nodeCircle, selected === node.id && styles.nodeSelected)}
              />
              {/* Names run outward along the radius; on the left half they are turned to read left to right. */}
              <text
                className={styles.label}
                x={node.x + (left ? -offset : offset)}
                y={node.y}
                dominantBaseline="middle"
                textAnchor={left ? "end" : "start"}
                transform={`rotate(${left ? node.angle + 180 : node.angle} ${node.x} ${node.y})`}
              >
                {shortName(name(node.id))}
              </text>
            </g>
          );
        })}
      </svg>
      <Caption1 className={styles.legend}>{v("mapLegend")}</Caption1>
      <NoticeBar notice={notice} sticky />
      {selected !== null && <EntityPanel id={selected} onInsert={insert} />}
      <section aria-labelledby="map-circles">
        <Subtitle2 as="h2" id="map-circles">
          {v("mapCirclesHeading", { count: circles.circles.length, limit: circles.maxLength })}
        </Subtitle2>
        {(circles.lengthCut || circles.countCut) && <Caption1 block>{v("mapCirclesCut", { limit: circles.maxLength })}</Caption1>}
        <ItemList>
          {circles.circles.map((c) => {
            const words = circleText(c, name);
            return (
              <li key={words}>
                <Button
                  appearance={circle === c ? "primary" : "secondary"}
                  aria-pressed={circle === c}
                  onClick={() => setCircle((was) => (was === c ? null : c))}
                >
                  {words}
                </Button>
                <Caption1 block>
                  {v("mapCircleSummary", {
                    legs: c.legs.length,
                    smallest: amount(c.smallestStatedUsd, language, notStated),
                    unstated: c.unstatedLegs,
                  })}
                </Caption1>
              </li>
            );
          })}
        </ItemList>
      </section>
      <FlowTable />
    </section>
  );
}

function EntityPanel({ id, onInsert }: { id: string; onInsert: ReturnType<typeof useInsertFormula>["insert"] }) {
  const styles = useStyles();
  const { language } = useI18n();
  const v = useViewStrings(MAP_STRINGS);
  const name = entityName(id, language);
  const exposure = graph.exposureOf(id);
  const flows = graph.flowsOf(id, "both");
  const flowWords = useFlowWords();
  const money = (value: number) => formatFigure(value, "USD", language);
  // Formulas name the entity in English, which every copy of Excel reads the same.
  const formulaName = catalog.nameOf(id);
  return (
    <Panel header={<Text weight="semibold">{name}</Text>}>
      <Body1>{v("mapExposure", { in: money(exposure.inUsd), out: money(exposure.outUsd), net: money(exposure.netUsd) })}</Body1>
      {exposure.unstated > 0 && <Caption1>{v("mapUnstatedCount", { count: exposure.unstated })}</Caption1>}
      <ItemList>
        {flows.map((flow) => (
          <li key={flow.deal.id}>
            <Caption1>{flowWords(flow)}</Caption1>
          </li>
        ))}
      </ItemList>
      <div className={styles.actions}>
        <InsertButton
          name={`EXPOSURE ${name}`}
          label={`=${qualifiedName("EXPOSURE")}`}
          onInsert={() => onInsert("EXPOSURE", [text(formulaName)], 0)}
        />
        <InsertButton
          name={`FLOWS ${name}`}
          label={`=${qualifiedName("FLOWS")}`}
          onInsert={() => onInsert("FLOWS", [text(formulaName)], 0)}
        />
      </div>
    </Panel>
  );
}

/** Every flow and link, as a table: the map in words. */
function FlowTable() {
  const styles = useStyles();
  const { language } = useI18n();
  const v = useViewStrings(MAP_STRINGS);
  const notStated = v("mapNotStated");
  const rows = [
    ...graph.flows.map((flow) => ({
      key: flow.deal.id,
      from: entityName(flow.from, language),
      to: entityName(flow.to, language),
      deal: flow.deal,
      value: flow.valueUsd,
    })),
    ...graph.links.map(({ deal }) => ({
      key: deal.id,
      from: deal.parties.map((p) => entityName(p, language)).join(" ↔ "),
      to: v("mapNoDirection"),
      deal,
      value: deal.valueUsd,
    })),
  ];
  return (
    <table className={styles.table}>
      <caption>
        <Subtitle2>{v("mapTableCaption")}</Subtitle2>
      </caption>
      <thead>
        <tr>
          {[v("mapColumnFrom"), v("mapColumnTo"), v("mapColumnDeal"), v("mapColumnAmount")].map((header) => (
            <th key={header} scope="col" className={styles.cell}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <td className={styles.cell}>{row.from}</td>
            <td className={styles.cell}>{row.to}</td>
            <td className={styles.cell}>{language === "en" ? row.deal.title : row.deal.titleZh}</td>
            <td className={mergeClasses(styles.cell, styles.numeric)}>{amount(row.value, language, notStated)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
