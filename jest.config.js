/** Unit and component tests. The browser tests in tests/e2e run under node --test after the build. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx" } }],
  },
  // The custom-functions runtime's globals, as Excel provides them before functions.js loads.
  setupFiles: ["<rootDir>/tests/fakes/jest.setup.ts"],
  setupFilesAfterEnv: ["<rootDir>/tests/taskpane/setup.ts"],
  moduleNameMapper: {
    "\\.(css|png|svg)$": "<rootDir>/tests/fakes/asset-stub.ts",
  },
};
