/** The add-in's version, written on the About sheet; a test keeps it equal to package.json's. */
export const ADDIN_VERSION = "0.1.0";
