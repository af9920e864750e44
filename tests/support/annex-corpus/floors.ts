// The least number of seeds 1..4 each family must read correctly: what the importer achieved when
// the corpus was written (raise a floor when the importer does better; never lower one to pass).
export const FLOORS: Record<string, number> = {
  'units-rows-projects': 3,
  'units-rows-project-capital': 3,
  'contents-rows-unit-capital': 2,
  'contents-rows-unit-source': 2,
  'measures-as-columns': 2,
  'works-by-district': 1,
  'works-by-subproject': 4,
  'works-by-investor': 1,
  'later-sheet': 2,
  'legacy-font': 1,
};
