// The AG Grid features the sheet uses, and only those: registering AllCommunityModule shipped
// every filter, editor and export of the grid to parse on each start (a 2.8 MB script; the
// cold first render is what it slowed). A feature used without its module is reported by the
// grid on the console ("AG Grid: error #200"), which fails the e2e tests.
import {
  CellStyleModule, ClientSideRowModelModule, ColumnApiModule,
  LocaleModule, ModuleRegistry, RenderApiModule, RowApiModule, RowAutoHeightModule,
  RowStyleModule, ScrollApiModule, TextEditorModule, TooltipModule, ValidationModule,
} from 'ag-grid-community';

export function registerGridModules(): void {
  ModuleRegistry.registerModules([
    ClientSideRowModelModule, TextEditorModule, TooltipModule, LocaleModule, RowAutoHeightModule, RowStyleModule, CellStyleModule,
    RowApiModule, ScrollApiModule, RenderApiModule, ColumnApiModule,
    // names the missing module in a development build; left out of a production one
    ...(import.meta.env.DEV ? [ValidationModule] : []),
  ]);
}
