import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const manifest = require("../package.json") as { version: string };

/** The newsgraph version recorded on every analysis. */
export const VERSION: string = manifest.version;
