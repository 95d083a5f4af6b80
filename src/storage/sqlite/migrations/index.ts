import { migration as initial } from "./001-initial.js";
import { migration as vocabulary } from "./002-vocabulary.js";
import { migration as timexMod } from "./003-timex-mod.js";
import { migration as currentCounts } from "./004-current-counts.js";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, in order; a new one is a new numbered file added at the end here. */
export const MIGRATIONS: Migration[] = [initial, vocabulary, timexMod, currentCounts];
