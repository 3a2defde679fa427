/** Charts and their series, which point at ranges. */
import type { FakeRequestContext } from "./context";
import { OfficeError, type ChartModel } from "./model";
import { Proxy } from "./proxy";
import { rangeAddress, type RangeProxy } from "./range";

export class ChartProxy extends Proxy<ChartModel> {
  readonly title: { text: string };
  readonly series: { getItemAt(index: number): SeriesProxy; add(name: string): SeriesProxy };

  constructor(context: FakeRequestContext, locate: () => ChartModel) {
    super(context, locate);
    const write = (operation: (model: ChartModel) => void) => this.write(operation);
    this.title = {
      set text(text: string) {
        write((c) => void (c.title = text));
      },
    } as { text: string };
    this.series = {
      getItemAt: (index) =>
        new SeriesProxy(this.context, () => {
          const series = this.resolve().series[index];
          if (!series) throw new OfficeError("ItemNotFound", `The chart has no series ${index}`);
          return series;
        }),
      add: (name) => {
        let created: ChartModel["series"][number] | undefined;
        this.write((c) => {
          created = { name, values: "", xValues: null };
          c.series.push(created);
        });
        return new SeriesProxy(this.context, () => created!);
      },
    };
  }

  protected read(property: string, c: ChartModel): unknown {
    if (property === "name") return c.name;
    throw new TypeError(`The fake Chart has no loadable property ${property}`);
  }
  get name(): string {
    return this.loadedValue("name") as string;
  }
  set name(name: string) {
    this.write((c) => void (c.name = name));
  }
  setPosition(start: string, end: string): void {
    this.write((c) => void (c.position = [start, end]));
  }
}

export class SeriesProxy extends Proxy<ChartModel["series"][number]> {
  protected read(): unknown {
    throw new TypeError("The fake chart series has no loadable properties");
  }
  set name(name: string) {
    this.write((s) => void (s.name = name));
  }
  setValues(range: RangeProxy): void {
    this.write((s) => void (s.values = rangeAddress(range)));
  }
  setXAxisValues(range: RangeProxy): void {
    this.write((s) => void (s.xValues = rangeAddress(range)));
  }
}
