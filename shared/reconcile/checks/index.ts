// Every rule kind, run on every stated claim.
import type { Check } from './check';
import { disbursedWithinAvailable, noNegative } from './bound';
import { missingCarryIn, yearChain } from './chain';
import { crossOrigin } from './cross-origin';
import { flowIdentity } from './flow';
import { hierarchySum } from './hierarchy';
import { periodSum } from './period';
import { rateCheck } from './rate';
import { capitalSplit, sourceSplit } from './split';

export const CHECKS: readonly Check[] = [
  hierarchySum, capitalSplit, sourceSplit, flowIdentity, yearChain, missingCarryIn, periodSum, rateCheck,
  disbursedWithinAvailable, noNegative, crossOrigin,
];
