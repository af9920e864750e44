// The book to open from the command line (and, later, from a double-clicked .sovon file).
export function bookPathFromArgv(argv: readonly string[]): string | null {
  const file = argv.slice(1).find((a) => !a.startsWith('-') && a.toLowerCase().endsWith('.sovon'));
  return file ?? null;
}
