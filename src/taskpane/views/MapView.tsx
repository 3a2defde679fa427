/**
 * The money map as a picture: entities on a ring, flows as arrows as wide as their stated
 * amounts, dashed where no amount is stated, and the links without one direction as dotted
 * lines. Selecting an entity lists its flows and exposure; selecting a circle highlights it.
 * Every flow is also in the table below, which is what screen readers read.
 *
 * Where the workbook has the Deals table, the map draws it, as the functions read it with
 * Deals[#All] (flows/dealsRange.ts): the analyst's rows and amounts marked as theirs, and the
 * rows that could not be read listed. A switch goes back to the article's deals.
 */
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from "react";
import { bundledCatalog, type CatalogDeal } from "../../domain/dataset";
import { readDealsRange, type RowOrigin, type SkippedRow } from "../../domain/flows/dealsRange";
import {
  buildFlowGraph,
  catalogCircles,
  flowGraph,
  mapCircles,
  type Circle,
  type Circles,
  type Exposure,
  type Flow,
  type FlowGraph,
} from "../../domain/flows/graph";
import { layoutMap, type MapLayout } from "../../domain/flows/layout";
import { omitted, qualifiedName, text, wholeTable, type FormulaPart, type FunctionId } from "../../domain/formulas/build";
import { circleText } from "../../domain/model/moneyMap";
import { dependences, stress, type StressResult } from "../../domain/flows/stress";
import { isDomainError } from "../../domain/model/outcome";
import type { Language } from "../../domain/language";
import { formatFigure } from "../../domain/tables/formatFigure";
import { InsertButton } from "../components/InsertButton";
import { ItemList } from "../components/ItemList";
import { NoticeBar } from "../components/NoticeBar";
import { Panel } from "../components/Panel";
import { useInsertFormula } from "../hooks/useInsertFormula";
import { entityName } from "../entityName";
import { useI18n, useViewStrings } from "../i18n";
import { MAP_STRINGS, type MapStringKey } from "../strings/views/mapView";
import type { Translate } from "../strings";
import { SKIP_REASON_STRINGS } from "../strings/views/skipReasons";
import type { DealsPort, FormulaPort, WorkbookDeals } from "../ports";
import { errorDetail } from "../officeFailures";

const catalog = bundledCatalog;
const SIZE = 420;
const LABEL_ROOM = 112;

/** What the map draws: the article's deals, or the workbook's Deals table as the functions read it. */
interface MapModel {
  readonly graph: FlowGraph;
  readonly circles: Circles;
  readonly layout: MapLayout;
  /** An entity's name in the pane's language: the dataset's, or the analyst's as they wrote it. */
  nameOf(id: string, language: Language): string;
  /** The name a formula gives the entity: English for the dataset's, which every Excel reads the same. */
  formulaName(id: string): string;
  originOf(deal: CatalogDeal): RowOrigin;
  /** The workbook's table, where the map draws it: formulas then read it too. */
  readonly table: string | null;
  readonly skipped: readonly SkippedRow[];
}

function modelOf(graph: FlowGraph, circles: Circles, parts: Omit<MapModel, "graph" | "circles" | "layout">): MapModel {
  return { graph, circles, layout: layoutMap(graph, SIZE, LABEL_ROOM), ...parts };
}

const articleMap: MapModel = modelOf(flowGraph(catalog), catalogCircles(catalog), {
  nameOf: entityName,
  formulaName: catalog.nameOf,
  originOf: () => "article",
  table: null,
  skipped: [],
});

/** The workbook's table as a map; null where its header lacks the columns the functions need. */
function workbookMap(deals: WorkbookDeals): MapModel | null {
  const read = readDealsRange(catalog, deals.values);
  if (isDomainError(read)) return null;
  const known = (id: string) => catalog.entity(id)?.id === id;
  const graph = buildFlowGraph(read.deals, read.entityOrder);
  return modelOf(graph, mapCircles(graph), {
    nameOf: (id, language) => (known(id) ? entityName(id, language) : read.nameOf(id)),
    formulaName: (id) => (known(id) ? catalog.nameOf(id) : read.nameOf(id)),
    originOf: (deal) => read.originOf(deal.id),
    table: deals.table,
    skipped: read.skipped,
  });
}

type WorkbookState =
  | { readonly state: "reading" }
  | { readonly state: "none" }
  | { readonly state: "failed"; readonly reason: string }
  | { readonly state: "read"; readonly model: MapModel | null; readonly table: string };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  map: { width: "100%", height: "auto", display: "block" },
  flow: { fill: "none", stroke: tokens.colorNeutralForeground3 },
  link: { fill: "none", stroke: tokens.colorNeutralForeground3, strokeDasharray: "1 4", strokeLinecap: "round" },
  unstated: { strokeDasharray: "6 4" },
  highlighted: { stroke: tokens.colorBrandForeground1 },
  theirs: { stroke: tokens.colorPaletteBerryForeground1 },
  stressed: { fill: tokens.colorPaletteRedBackground3, pointerEvents: "none" },
  failed: { fill: tokens.colorPaletteRedForeground1, pointerEvents: "none" },
  arrowTheirs: { fill: tokens.colorPaletteBerryForeground1 },
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

/** A flow in words, in the pane's language: "Oracle → Nvidia: not stated", and whose it is where it is the analyst's. */
function useFlowWords(model: MapModel): (flow: Flow) => string {
  const { language } = useI18n();
  const v = useViewStrings(MAP_STRINGS);
  return (flow) => {
    const words = v("mapFlowLabel", {
      from: model.nameOf(flow.from, language),
      to: model.nameOf(flow.to, language),
      amount: amount(flow.valueUsd, language, v("mapNotStated")),
    });
    const whose = whoseWord(model.originOf(flow.deal), v);
    return whose === null ? words : `${words} (${whose})`;
  };
}

/** Whose a row is, in words, where it is not simply the article's. */
const whoseWord = (origin: RowOrigin, v: Translate<MapStringKey>) =>
  origin === "analyst" ? v("mapYours") : origin === "overridden" ? v("mapYourAmount") : null;

/** Long names are cut on the map; the button's label and the table give them whole. */
const shortName = (full: string) => (full.length > 14 ? `${full.slice(0, 13)}…` : full);

const amount = (value: number | null, language: Language, notStated: string) =>
  value === null ? notStated : formatFigure(value, "USD", language);

const legKey = (from: string, to: string) => `${from}\u0000${to}`;

/** The workbook's Deals table, read when the view opens and when asked again. */
function useWorkbookDeals(port: DealsPort): [WorkbookState, () => void] {
  const [state, setState] = useState<WorkbookState>({ state: "reading" });
  const read = useCallback(() => {
    setState({ state: "reading" });
    port.workbookDeals().then(
      (deals) => setState(deals === null ? { state: "none" } : { state: "read", model: workbookMap(deals), table: deals.table }),
      (error: unknown) => setState({ state: "failed", reason: errorDetail(error) }),
    );
  }, [port]);
  useEffect(read, [read]);
  return [state, read];
}

/**
 * Stated money as the map words it: never a bare US$0 where the article states no amount. A
 * total leaving out flows with no amount says how many ("US$300B + 1 not stated"); a net that
 * leaves some out says it counts stated amounts only, or that it is not known where none is.
 */
function useStatedAmounts() {
  const { language } = useI18n();
  const v = useViewStrings(MAP_STRINGS);
  const money = (value: number) => formatFigure(value, "USD", language);
  const amount = (usd: number, unstated: number) =>
    unstated === 0
      ? usd === 0
        ? v("mapNone")
        : money(usd)
      : usd === 0
        ? v("mapOnlyUnstated", { count: unstated })
        : v("mapAmountAndUnstated", { amount: money(usd), count: unstated });
  const net = (exposure: Exposure) => {
    if (exposure.unstatedIn + exposure.unstatedOut === 0) return v("mapNet", { net: money(exposure.netUsd) });
    if (exposure.inUsd === 0 && exposure.outUsd === 0) return v("mapNetUnknown");
    return v("mapNetIncomplete", { net: money(exposure.netUsd) });
  };
  return { amount, net };
}

export default function MapView({ port, className }: { port: FormulaPort & DealsPort; className?: string }) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const v = useViewStrings(MAP_STRINGS);
  const reasonWords = useViewStrings(SKIP_REASON_STRINGS);
  const [workbook, readAgain] = useWorkbookDeals(port);
  const [source, setSource] = useState<"workbook" | "article">("workbook");
  const [selected, setSelected] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [circle, setCircle] = useState<Circle | null>(null);
  const [stressed, setStressed] = useState<StressResult | null>(null);
  const { insert, notice } = useInsertFormula(port);
  const { amount: statedAmount } = useStatedAmounts();
  const workbookModel = workbook.state === "read" ? workbook.model : null;
  const model = source === "workbook" && workbookModel !== null ? workbookModel : articleMap;
  const { graph, circles, layout } = model;
  const name = (id: string) => model.nameOf(id, language);
  const notStated = v("mapNotStated");

  const highlightedLegs = useMemo(() => new Set(circle?.legs.map((leg) => legKey(leg.from, leg.to)) ?? []), [circle]);
  const isHighlighted = (flow: Flow) => highlightedLegs.has(legKey(flow.from, flow.to));

  const switchTo = (next: "workbook" | "article") => {
    setSource(next);
    setSelected(null);
    setCircle(null);
    setStressed(null);
  };
  const select = (id: string) => setSelected((was) => (was === id ? null : id));
  const onNodeKey = (event: KeyboardEvent, id: string) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    select(id);
  };

  const flowWords = useFlowWords(model);
  const skippedRows = model.skipped
    .map((row) => v("mapSkippedRow", { row: row.row, id: row.id === "" ? "" : ` (${row.id})`, reason: reasonWords(row.reason) }))
    .join(language === "en" ? "; " : "；");

  return (
    <section className={mergeClasses(styles.root, className)} aria-label={t("tabMap")}>
      <WorkbookSource state={workbook} source={source} onSource={switchTo} onReadAgain={readAgain} />
      <Body1>{model.table === null ? v("mapIntro") : v("mapWorkbookIntro", { table: model.table })}</Body1>
      {model.skipped.length > 0 && (
        <Caption1 block role="status">
          {v("mapSkipped", { count: model.skipped.length, table: model.table ?? "", rows: skippedRows })}
        </Caption1>
      )}
      {model.table !== null && graph.flows.length + graph.links.length === 0 && (
        <Caption1 block>{v("mapNoFlows", { table: model.table })}</Caption1>
      )}
      <svg className={styles.map} viewBox={`0 0 ${SIZE} ${SIZE}`} role="group" aria-label={v("mapPictureLabel")}>
        {layout.links.map((edge, i) => (
          <path key={`link-${i}`} d={edge.path} className={styles.link} strokeWidth={edge.width} aria-hidden="true" />
        ))}
        {layout.flows.map((edge, i) => {
          const flow = graph.flows[i];
          const on = isHighlighted(flow);
          const theirs = model.originOf(flow.deal) !== "article";
          return (
            <g key={flow.deal.id} aria-hidden="true" data-highlighted={on} data-theirs={theirs}>
              <title>{flowWords(flow)}</title>
              <path
                d={edge.path}
                className={mergeClasses(
                  styles.flow,
                  edge.dashed && styles.unstated,
                  theirs && styles.theirs,
                  on && styles.highlighted,
                )}
                strokeWidth={edge.width}
              />
              <polygon
                points={edge.arrow}
                className={on ? styles.arrowHighlighted : theirs ? styles.arrowTheirs : styles.arrow}
              />
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
                in: statedAmount(exposure.inUsd, exposure.unstatedIn),
                out: statedAmount(exposure.outUsd, exposure.unstatedOut),
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
              {stressed !== null && <StressShade id={node.id} stressed={stressed} x={node.x} y={node.y} r={layout.nodeRadius} />}
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
      {selected !== null && (
        <EntityPanel
          model={model}
          id={selected}
          onInsert={insert}
          stressed={stressed?.failed === selected}
          onStress={() => setStressed((was) => (was?.failed === selected ? null : stress(graph, selected, "cascade")))}
        />
      )}
      {stressed !== null && <StressList model={model} stressed={stressed} />}
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
      <FlowTable model={model} />
    </section>
  );
}

/** Where the map's deals come from: the workbook's table (with Read again) or the article's. */
function WorkbookSource({
  state,
  source,
  onSource,
  onReadAgain,
}: {
  state: WorkbookState;
  source: "workbook" | "article";
  onSource: (source: "workbook" | "article") => void;
  onReadAgain: () => void;
}) {
  const styles = useStyles();
  const v = useViewStrings(MAP_STRINGS);
  if (state.state === "reading") return <Caption1 role="status">{v("mapReading")}</Caption1>;
  if (state.state === "none") return <Caption1>{v("mapNoTable")}</Caption1>;
  if (state.state === "failed")
    return (
      <div className={styles.actions}>
        <Caption1 role="alert">{v("mapReadFailed", { reason: state.reason })}</Caption1>
        <Button size="small" onClick={onReadAgain}>
          {v("mapReadAgain", { table: "" }).trim()}
        </Button>
      </div>
    );
  return (
    <div className={styles.actions}>
      <RadioGroup
        layout="horizontal"
        aria-label={v("mapSourceLabel")}
        value={source}
        onChange={(_, data) => onSource(data.value as "workbook" | "article")}
      >
        <Radio value="workbook" label={v("mapSourceWorkbook", { table: state.table })} disabled={state.model === null} />
        <Radio value="article" label={v("mapSourceArticle")} />
      </RadioGroup>
      <Button size="small" onClick={onReadAgain}>
        {v("mapReadAgain", { table: state.table })}
      </Button>
    </div>
  );
}

function EntityPanel({
  model,
  id,
  onInsert,
  stressed,
  onStress,
}: {
  model: MapModel;
  id: string;
  onInsert: ReturnType<typeof useInsertFormula>["insert"];
  stressed: boolean;
  onStress: () => void;
}) {
  const styles = useStyles();
  const { language } = useI18n();
  const v = useViewStrings(MAP_STRINGS);
  const name = model.nameOf(id, language);
  const exposure = model.graph.exposureOf(id);
  const flows = model.graph.flowsOf(id, "both");
  const flowWords = useFlowWords(model);
  const { amount, net } = useStatedAmounts();
  const formulaName = model.formulaName(id);
  // Over the workbook's table, the formulas read it too: EXPOSURE("CoreWeave", , Deals[#All]).
  const call = (parameters: number): FormulaPart[] =>
    model.table === null
      ? [text(formulaName)]
      : [text(formulaName), ...Array<FormulaPart>(parameters - 2).fill(omitted), wholeTable(model.table)];
  return (
    <Panel header={<Text weight="semibold">{name}</Text>}>
      <Body1>
        {v("mapExposure", {
          in: amount(exposure.inUsd, exposure.unstatedIn),
          out: amount(exposure.outUsd, exposure.unstatedOut),
          net: net(exposure),
        })}
      </Body1>
      {exposure.undirected > 0 && <Caption1>{v("mapUndirected", { count: exposure.undirected })}</Caption1>}
      <ItemList>
        {flows.map((flow) => (
          <li key={flow.deal.id}>
            <Caption1>{flowWords(flow)}</Caption1>
          </li>
        ))}
      </ItemList>
      <Dependences model={model} id={id} />
      <div className={styles.actions}>
        <Button size="small" aria-pressed={stressed} onClick={onStress}>
          {stressed ? v("mapWhatIfClear") : v("mapWhatIf", { name })}
        </Button>
        {INSERTED_CALLS.map(([fn, parameters]) => (
          <InsertButton
            key={fn}
            name={`${fn} ${name}`}
            label={`=${qualifiedName(fn)}`}
            onInsert={() => onInsert(fn, call(parameters), 0)}
          />
        ))}
      </div>
    </Panel>
  );
}

/** The formulas a company's panel inserts, each with its count of parameters up to its deals range. */
const INSERTED_CALLS = [
  ["EXPOSURE", 3],
  ["FLOWS", 4],
  ["DEPENDENCE", 4],
  ["STRESS", 4],
] as const satisfies readonly (readonly [FunctionId, number])[];

/** Every flow and link, as a table: the map in words, with whose each row is where the map draws the workbook's. */
function FlowTable({ model }: { model: MapModel }) {
  const styles = useStyles();
  const { language } = useI18n();
  const v = useViewStrings(MAP_STRINGS);
  const notStated = v("mapNotStated");
  const { graph } = model;
  const rows = [
    ...graph.flows.map((flow) => ({
      key: flow.deal.id,
      from: model.nameOf(flow.from, language),
      to: model.nameOf(flow.to, language),
      deal: flow.deal,
      value: flow.valueUsd,
    })),
    ...graph.links.map(({ deal }) => ({
      key: deal.id,
      from: deal.parties.map((p) => model.nameOf(p, language)).join(" ↔ "),
      to: v("mapNoDirection"),
      deal,
      value: deal.valueUsd,
    })),
  ];
  const whose = model.table !== null;
  const headers = [
    v("mapColumnFrom"),
    v("mapColumnTo"),
    v("mapColumnDeal"),
    v("mapColumnAmount"),
    ...(whose ? [v("mapColumnWhose")] : []),
  ];
  return (
    <table className={styles.table}>
      <caption>
        <Subtitle2>{v("mapTableCaption")}</Subtitle2>
      </caption>
      <thead>
        <tr>
          {headers.map((header) => (
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
            {whose && <td className={styles.cell}>{whoseWord(model.originOf(row.deal), v) ?? v("mapArticle")}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The entity's largest dependences in words: the counterparties behind most of its stated money in and out. */
function Dependences({ model, id }: { model: MapModel; id: string }) {
  const { language } = useI18n();
  const v = useViewStrings(MAP_STRINGS);
  const name = model.nameOf(id, language);
  const shown = (["in", "out"] as const).flatMap((direction) =>
    dependences(model.graph, id, direction)
      .filter(({ dependence }) => (dependence.share ?? 0) > 0)
      .slice(0, 2)
      .map(({ counterparty, dependence }) =>
        v(direction === "in" ? "mapDependsIn" : "mapDependsOut", {
          share: formatFigure(dependence.share!, "fraction", language),
          name,
          other: model.nameOf(counterparty, language),
        }),
      ),
  );
  if (shown.length === 0) return null;
  return (
    <>
      <Text weight="semibold">{v("mapDependenceHeading")}</Text>
      <ItemList>
        {shown.map((words) => (
          <li key={words}>
            <Caption1>{words}</Caption1>
          </li>
        ))}
      </ItemList>
    </>
  );
}

/** A node shaded by its loss when the stressed company stops paying: deeper for more, solid for the failed one. */
function StressShade({ id, stressed, x, y, r }: { id: string; stressed: StressResult; x: number; y: number; r: number }) {
  const styles = useStyles();
  if (id === stressed.failed) return <circle cx={x} cy={y} r={r} className={styles.failed} data-stress="failed" />;
  const loss = stressed.losses.find((l) => l.entity === id);
  if (!loss || loss.share === 0) return null;
  return (
    <circle cx={x} cy={y} r={r} className={styles.stressed} fillOpacity={0.25 + 0.75 * loss.share} data-stress={loss.share} />
  );
}

/** What each company loses when the stressed one stops paying, round by round, in words. */
function StressList({ model, stressed }: { model: MapModel; stressed: StressResult }) {
  const { language } = useI18n();
  const v = useViewStrings(MAP_STRINGS);
  const failedName = model.nameOf(stressed.failed, language);
  return (
    <section aria-labelledby="map-stress">
      <Subtitle2 as="h2" id="map-stress">
        {v("mapStressHeading", { name: failedName })}
      </Subtitle2>
      <Caption1 block>{v("mapStressAssumption")}</Caption1>
      {stressed.losses.length === 0 ? (
        <Body1>{v("mapStressNone", { name: failedName })}</Body1>
      ) : (
        <ItemList>
          {stressed.losses.map((loss) => {
            const name = model.nameOf(loss.entity, language);
            return (
              <li key={loss.entity}>
                <Caption1>
                  {loss.share === 0
                    ? v("mapStressUnstated", { name })
                    : v("mapStressLoss", {
                        name,
                        loss: formatFigure(loss.lossUsd, "USD", language),
                        share: formatFigure(loss.share, "fraction", language),
                        round: loss.round,
                      })}
                </Caption1>
              </li>
            );
          })}
        </ItemList>
      )}
    </section>
  );
}
