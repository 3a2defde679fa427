/** npm run bench: every benchmark section, printed in order. */
import { installCustomFunctions } from "../fakes/customFunctions";
import { benchBundle, benchBundleByPackage } from "./bundle.bench";
import { benchFunctions } from "./functions.bench";
import { benchMoneyMap } from "./moneyMap.bench";
import { benchDatasetView } from "./datasetView.bench";
import { benchExplain } from "./explain.bench";
import { sinkValue } from "./measure";
import { benchWriter } from "./writer.bench";

async function main() {
  installCustomFunctions();
  const sections: (() => string[] | Promise<string[]>)[] = [
    benchFunctions,
    benchMoneyMap,
    benchDatasetView,
    benchExplain,
    benchWriter,
    benchBundle,
    benchBundleByPackage,
  ];
  for (const section of sections) console.log(`${(await section()).join("\n")}\n`);
  // Printing the sink proves to the optimiser that every timed result was used.
  console.log(`(checksum ${sinkValue().toExponential(3)})`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
