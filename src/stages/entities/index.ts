/**
 * The entities stage: named mentions (learned tagger + lexicons), role nominals, pronouns and
 * nationality groups, grouped into one entity per referent by a coreference sieve.
 * Pure and synchronous; linear in the number of tokens.
 */
import type { Entity, SegmentedText } from "../../model.js";
import { resolveCoreference } from "./coref/resolve-coreference.js";
import { getTagger } from "./load-tagger.js";
import { prepareDocument } from "./mention.js";
import { dropNonNames } from "./refiners/drop-non-names.js";
import { extendParticleNames } from "./refiners/extend-particle-names.js";
import { extendPersonNames } from "./refiners/extend-person-names.js";
import { readAppositives } from "./refiners/read-appositives.js";
import { readTitles } from "./refiners/read-titles.js";
import { resolveOverlaps } from "./refiners/resolve-overlaps.js";
import { trimNames } from "./refiners/trim-names.js";
import { typeNames } from "./refiners/type-names.js";
import { unifyTypes } from "./refiners/unify-types.js";
import { findAcronyms } from "./rules/find-acronyms.js";
import { findAffiliations } from "./rules/find-affiliations.js";
import { findCapitalisedNames } from "./rules/find-capitalised-names.js";
import { findCitedAuthors } from "./rules/find-cited-authors.js";
import { findGazetteerNames } from "./rules/find-gazetteer-names.js";
import { findGroups } from "./rules/find-groups.js";
import { findHyphenatedGivenNames } from "./rules/find-hyphenated-given-names.js";
import { findOfNames } from "./rules/find-of-names.js";
import { findPersonPatterns } from "./rules/find-person-patterns.js";
import { findPronouns } from "./rules/find-pronouns.js";
import { findRoleNominals } from "./rules/find-role-nominals.js";
import { findSurnames } from "./rules/find-surnames.js";
import { findTaggedNames } from "./rules/find-tagged-names.js";

export function findEntities(segmented: SegmentedText): Entity[] {
  const d = prepareDocument(segmented);
  // Rules find candidates; names first, as later refiners read titles around them.
  const common = getTagger()?.common ?? new Set<string>();
  // Cited authors first: where the tagger found the same span, theirs is kept.
  const found = [
    ...findCitedAuthors(d),
    ...findTaggedNames(d),
    ...findPersonPatterns(d),
    ...findHyphenatedGivenNames(d),
    ...findCapitalisedNames(d, common),
  ];
  const tagged = extendParticleNames(d, trimNames(d, dropNonNames(d, found), common), common);
  const names = extendPersonNames(d, typeNames(d, readTitles(d, tagged)));
  const candidates = resolveOverlaps([
    ...names,
    ...findOfNames(d, names),
    ...findGazetteerNames(d),
    ...findAcronyms(d, names),
    ...findAffiliations(d, names),
    ...findSurnames(d, names),
    ...findRoleNominals(d),
    ...findGroups(d),
    ...findPronouns(d),
  ]);
  unifyTypes(d, candidates);
  const ties = readAppositives(d, candidates);
  return resolveCoreference(d, candidates, ties);
}
