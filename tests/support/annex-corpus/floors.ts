// The least number of seeds 1..4 each family must read correctly: what the importer achieved when
// the corpus was written (raise a floor when the importer does better; never lower one to pass).
export const FLOORS: Record<string, number> = {
  'units-rows-projects': 4,
  'units-rows-project-capital': 4,
  'contents-rows-unit-capital': 4,
  'contents-rows-unit-source': 4,
  'measures-as-columns': 4,
  'works-by-district': 4,
  'works-by-subproject': 4,
  'works-by-investor': 4,
  'later-sheet': 4,
  'legacy-font': 4,
  // the unseen province (unseen/)
  'header-spellings': 4,
  'of-which': 4,
  'blank-group-total': 4,
  'province-units': 4,
  'number-spellings': 4,
  'units-as-columns': 4,
  'title-block': 4,
  'two-tables': 4,
  'capital-sections': 4,
  'works-by-source': 4,
  'units-rows-measures': 4,
  'legacy-layouts': 4,
};
