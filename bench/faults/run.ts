// `npm run bench:faults`: the kill harness (200 kills), the fuzz harness (1 000 interchange
// files, 400 workbooks), printed as figures. CI runs a short version (tests/integration/faults.test.ts).
import { killHarness } from './kill';
import { fuzzClaims, fuzzWorkbooks } from './fuzz';
import { tamperHarness } from './tamper';

const kills = Number(process.env.KILLS ?? 200);
const claims = Number(process.env.CLAIM_CASES ?? 1000);
const workbooks = Number(process.env.WORKBOOK_CASES ?? 400);
console.log('kill harness', JSON.stringify(await killHarness(kills), null, 2));
console.log('fuzz: interchange files', JSON.stringify(await fuzzClaims(claims), null, 2));
console.log('fuzz: workbooks', JSON.stringify(await fuzzWorkbooks(workbooks), null, 2));
console.log('tamper', JSON.stringify(await tamperHarness(Number(process.env.TAMPER_CASES ?? 280)), null, 2));
