import { bundledCatalog } from "../domain/dataset";
import type { Language } from "../domain/language";

/** A company's or body's name as the pane shows it: English, or its Chinese name; the id where the dataset has none. */
export function entityName(id: string, language: Language): string {
  const entity = bundledCatalog.entity(id);
  return entity ? (language === "en" ? entity.name : entity.nameZh) : id;
}
