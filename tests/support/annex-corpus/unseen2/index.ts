// The third unseen province: families written after the importer read the first two corpora,
// varying what neither varies (npm test reads seeds 1-4, node --import tsx bench/corpus.ts unseen2 all).
import type { Family } from '../types';
import { adjustments } from './adjustments';
import { capitalRows } from './capital-rows';
import { captionColumns } from './caption-columns';
import { communes } from './communes';
import { districtSheets } from './district-sheets';
import { headerNoise } from './header-noise';
import { legacyCapitals } from './legacy-capitals';
import { namesOnly } from './names-only';
import { numberFormats } from './number-formats';
import { ownReport } from './own-report';
import { worksSections } from './works-sections';

export const UNSEEN2_FAMILIES: Family[] = [
  capitalRows, namesOnly, captionColumns, communes, adjustments, ownReport, headerNoise, numberFormats, districtSheets, worksSections, legacyCapitals,
];
