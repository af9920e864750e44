// The corpus: every family, in the order the report lists them.
import { contentsRowsUnitCapital } from './contents-rows-unit-capital';
import { contentsRowsUnitSource } from './contents-rows-unit-source';
import { laterSheet } from './later-sheet';
import { legacyFont } from './legacy-font';
import { measuresAsColumns } from './measures-as-columns';
import type { Family } from './types';
import { unitsRowsProjectCapital } from './units-rows-project-capital';
import { unitsRowsProjects } from './units-rows-projects';
import { worksByDistrict } from './works-by-district';
import { worksByInvestor } from './works-by-investor';
import { worksBySubproject } from './works-by-subproject';

export const FAMILIES: Family[] = [
  unitsRowsProjects, unitsRowsProjectCapital, contentsRowsUnitCapital, contentsRowsUnitSource, measuresAsColumns,
  worksByDistrict, worksBySubproject, worksByInvestor, laterSheet, legacyFont,
];
