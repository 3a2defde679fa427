/**
 * The function reference the pane shows is the metadata Excel itself reads: functions.json, or
 * its zh-CN / zh-TW translation, served beside the pane. Fetched when the Functions view opens.
 */
import type { Language } from "../domain/language";

export interface FunctionParameter {
  name: string;
  description?: string;
  optional?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: FunctionParameter[];
  result?: { description?: string };
}

const FILES: Record<Language, string> = {
  en: "functions.json",
  "zh-CN": "functions-zh-cn.json",
  "zh-TW": "functions-zh-tw.json",
};

export async function loadFunctionMetadata(language: Language): Promise<FunctionMetadata[]> {
  const response = await fetch(new URL(FILES[language], document.baseURI));
  if (!response.ok) throw new Error(`${FILES[language]}: HTTP ${response.status}`);
  const json = (await response.json()) as { functions: FunctionMetadata[] };
  return json.functions;
}
