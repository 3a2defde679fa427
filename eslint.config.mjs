// Lint: typescript-eslint's recommended rules, the Office add-in rules (load/sync discipline
// for Office.js, from eslint-plugin-office-addins), React and the rules of hooks, and Prettier.
// The office-addins presets are not used as they are: they register their own copy of the
// @typescript-eslint plugin and cover no .tsx files.
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-plugin-prettier/recommended";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "test-results/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { react, "react-hooks": reactHooks },
    settings: { react: { version: "detect" } },
    rules: {
      ...react.configs.recommended.rules,
      ...reactHooks.configs.recommended.rules,
      // The new JSX transform needs no React in scope; TypeScript checks props.
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Office.js discipline, where Office.js is used: not in the .xlsx exporter (ExcelJS objects
    // look alike to these rules) nor in tests that break the rules on purpose.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/export/**"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // The arrows of the architecture that imports cannot show: only src/office and
    // src/functions speak to the host's globals (dependency-cruiser checks the imports).
    files: ["src/domain/**/*.{ts,tsx}", "src/taskpane/**/*.{ts,tsx}", "src/export/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "CustomFunctions", "OfficeExtension"].map((name) => ({
          name,
          message: "Only src/office and src/functions talk to the host; reach it through a port.",
        })),
      ],
    },
  },
  {
    // Nothing from a workbook or the dataset is ever rendered as HTML: React escapes text, and
    // these are the ways around it.
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "react/no-danger": "error",
      "no-restricted-properties": [
        "error",
        ...["innerHTML", "outerHTML"].map((property) => ({ property, message: "Set textContent; never parse text as HTML." })),
        { property: "insertAdjacentHTML", message: "Insert nodes or text; never parse text as HTML." },
        { object: "document", property: "write", message: "Never write markup into the page." },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      ecmaVersion: 2022,
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
        URL: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
