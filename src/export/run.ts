/** Entry point of the compiled CLI (scripts/workbook.mjs builds and runs it). */
import { main } from "./cli";

main(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
