/**
 * The Office global as a pane sees it inside Excel. Only what the add-in uses is here; anything
 * else is undefined, so code that reaches for an unlisted API fails as it would on an old host.
 */
export interface FakeOfficeOptions {
  /** "Excel" inside Excel; null outside any Office host, as Office.onReady reports it. */
  host: "Excel" | null;
  displayLanguage: string;
  isDarkTheme: boolean;
  /** Highest supported version per requirement set, e.g. { ExcelApi: "1.17", SharedRuntime: "1.1" }. */
  supportedSets: Record<string, string>;
  /** Office.context.diagnostics: the host's own version, as Excel reports it. */
  version: string;
}

export const DEFAULT_OFFICE_OPTIONS: FakeOfficeOptions = {
  host: "Excel",
  displayLanguage: "en-US",
  isDarkTheme: false,
  supportedSets: { ExcelApi: "1.17", SharedRuntime: "1.1" },
  version: "16.0.fake",
};

function versionAtLeast(supported: string, wanted: string): boolean {
  const [haveMajor, haveMinor = 0] = supported.split(".").map(Number);
  const [wantMajor, wantMinor = 0] = wanted.split(".").map(Number);
  return haveMajor > wantMajor || (haveMajor === wantMajor && haveMinor >= wantMinor);
}

export function createOffice(options: FakeOfficeOptions) {
  const associated = new Map<string, (event: { completed(): void }) => void>();
  const visibilityHandlers = new Set<(message: { visibilityMode: "Hidden" | "Taskpane" }) => void>();
  return {
    HostType: { Excel: "Excel" },
    VisibilityMode: { hidden: "Hidden", taskpane: "Taskpane" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    onReady(callback?: (info: { host: string | null; platform: string | null }) => void) {
      const info = { host: options.host, platform: options.host ? "OfficeOnline" : null };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: options.displayLanguage,
      diagnostics: options.host ? { host: options.host, platform: "OfficeOnline", version: options.version } : undefined,
      officeTheme: { isDarkTheme: options.isDarkTheme },
      requirements: {
        isSetSupported(name: string, version?: string) {
          const supported = options.supportedSets[name];
          return supported !== undefined && versionAtLeast(supported, version ?? "1.1");
        },
      },
    },
    actions: {
      associate(name: string, handler: (event: { completed(): void }) => void) {
        associated.set(name, handler);
      },
    },
    addin: {
      shown: 0,
      showAsTaskpane() {
        this.shown++;
        for (const handler of visibilityHandlers) handler({ visibilityMode: "Taskpane" });
        return Promise.resolve();
      },
      onVisibilityModeChanged(handler: (message: { visibilityMode: "Hidden" | "Taskpane" }) => void) {
        visibilityHandlers.add(handler);
        return Promise.resolve(async () => void visibilityHandlers.delete(handler));
      },
      /** Test hook: the analyst closing the pane (or Excel hiding it). */
      hideTaskpane() {
        for (const handler of visibilityHandlers) handler({ visibilityMode: "Hidden" });
      },
      visibilityHandlers,
    },
    /** Test hook: the handlers ribbon commands registered. */
    associated,
  };
}
