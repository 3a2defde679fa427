/** The host, its platform and the requirement sets the add-in relies on, as Excel reports them. */
import { REQUIRED_SETS } from "../../office/host";
import { readHostFacts } from "../excel";
import { verdict, type Check } from "./check";

export const HOST_CHECK: Check = {
  id: "host-requirement-sets",
  title: "Excel has the requirement sets the add-in needs",
  covers: "works on Excel with ExcelApi 1.8 and the shared runtime",
  mode: "read-only",
  run: async () => {
    const facts = readHostFacts();
    const required = facts.sets.filter((set) =>
      REQUIRED_SETS.some(([name, version]) => name === set.name && version === set.version),
    );
    const missing = required.filter((set) => !set.supported).map((set) => `${set.name} ${set.version}`);
    const optional = facts.sets
      .filter((set) => !required.includes(set))
      .map((set) => `${set.name} ${set.version} ${set.supported ? "yes" : "no"}`);
    return verdict(
      facts.host === "Excel" && missing.length === 0,
      `Excel, with ${required.map((set) => `${set.name} ${set.version}`).join(" and ")}`,
      `${facts.host} ${facts.version} on ${facts.platform}; ${missing.length ? `missing ${missing.join(", ")}` : "all required"}; ${optional.join(", ")}`,
    );
  },
};
