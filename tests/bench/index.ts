/** npm run bench: every benchmark section, printed in order. */
import { installCustomFunctions } from "../fakes/customFunctions";
import { benchFunctions } from "./functions.bench";
import { sinkValue } from "./measure";

installCustomFunctions();
const sections = [benchFunctions];
for (const section of sections) console.log(`${section().join("\n")}\n`);
// Printing the sink proves to the optimiser that every timed result was used.
console.log(`(checksum ${sinkValue().toExponential(3)})`);
