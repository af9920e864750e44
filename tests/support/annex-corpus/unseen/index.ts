// The unseen corpus: families written after the importer read the first corpus, varying what the
// first families do not (npm test reads seeds 1-4, node --import tsx bench/corpus.ts unseen all).
import type { Family } from '../types';
import { blankGroupTotal } from './blank-group-total';
import { capitalSections } from './capital-sections';
import { headerSpellings } from './header-spellings';
import { legacyLayouts } from './legacy-layouts';
import { numberSpellings } from './number-spellings';
import { ofWhich } from './of-which';
import { provinceUnits } from './province-units';
import { titleBlock } from './title-block';
import { twoTables } from './two-tables';
import { unitsAsColumns } from './units-as-columns';
import { unitsRowsMeasures } from './units-rows-measures';
import { worksBySource } from './works-by-source';

export const UNSEEN_FAMILIES: Family[] = [
  headerSpellings, ofWhich, blankGroupTotal, provinceUnits, numberSpellings, unitsAsColumns, titleBlock, twoTables, capitalSections, worksBySource, unitsRowsMeasures,
  legacyLayouts,
];
