// The book's schema, as numbered migrations applied in order at open (PRAGMA user_version).
// Never edit a migration that has shipped: add the next one.
export const MIGRATIONS: readonly string[] = [
  // 1: the first book
  `
  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

  CREATE TABLE catalogs (
    id TEXT PRIMARY KEY,
    program TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL            -- the catalogue JSON as shipped, so the book stands alone
  ) STRICT;

  -- the accountant's own lines under catalogue nodes: contents, works, implementing units
  CREATE TABLE lines (
    program TEXT NOT NULL REFERENCES catalogs(program),
    code TEXT NOT NULL,
    parent TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('content', 'unit', 'work')),
    name TEXT NOT NULL,
    sort INTEGER NOT NULL,
    PRIMARY KEY (program, code)
  ) STRICT;

  -- implementing units; validity and successor because communes merged in 2025
  CREATE TABLE units (
    name TEXT PRIMARY KEY,
    valid_from TEXT,
    valid_to TEXT,
    successor TEXT REFERENCES units(name)
  ) STRICT;

  CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    number TEXT, date TEXT, issuer TEXT,
    file_name TEXT, file_bytes BLOB, sha256 TEXT
  ) STRICT;

  CREATE TABLE origins (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('books', 'province', 'treasury', 'report')),
    label TEXT NOT NULL,
    document_id INTEGER REFERENCES documents(id)
  ) STRICT;

  -- '' rather than NULL for "all units/capitals/sources" so the UNIQUE key holds
  CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    origin TEXT NOT NULL REFERENCES origins(id),
    program TEXT NOT NULL,
    year_from INTEGER NOT NULL,
    year_to INTEGER NOT NULL,
    node TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    capital TEXT NOT NULL DEFAULT '' CHECK (capital IN ('', 'DT', 'SN')),
    source TEXT NOT NULL DEFAULT '' CHECK (source IN ('', 'NSTW', 'NSDP', 'HUY_DONG', 'LONG_GHEP')),
    measure TEXT NOT NULL CHECK (measure IN
      ('carry_in','allocated','adjusted','available','disbursed','cancelled','carry_out','rate')),
    amount INTEGER NOT NULL,      -- đồng; for a rate the coefficient of the written decimal
    decimals INTEGER,             -- rates only: digits written after the decimal mark
    as_of TEXT NOT NULL DEFAULT '',
    note TEXT,
    CHECK ((measure = 'rate') = (decimals IS NOT NULL)),
    UNIQUE (program, year_from, origin, year_to, node, unit, capital, source, measure, as_of)
  ) STRICT;

  -- every change as a row: what it touched, before and after; undo replays the inverse
  CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    before TEXT,
    after TEXT
  ) STRICT;
  CREATE INDEX audit_action ON audit(action_id);

  CREATE TABLE explained_flags (
    flag_id TEXT PRIMARY KEY,
    note TEXT NOT NULL,
    at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE import_mappings (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL
  ) STRICT;
  `,
  // 2: adding a line asks for the next sort position; without this, a scan of all lines
  `
  CREATE INDEX lines_sort ON lines(program, sort);
  `,
  // 3: how an origin's silence is read (see Origin.complete): her books are complete
  `
  ALTER TABLE origins ADD COLUMN complete INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1));
  UPDATE origins SET complete = 1 WHERE kind = 'books';
  `,
  // 4: the table a complete origin lists (Origin.scope), as JSON; NULL: every capital and measure
  `
  ALTER TABLE origins ADD COLUMN scope TEXT;
  `,
  // 5: her report templates (Excel, with placeholders), carried with the book to another PC
  `
  CREATE TABLE templates (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    bytes BLOB NOT NULL,
    added_at TEXT NOT NULL
  ) STRICT;
  `,
  // 6: each audit row's hash, chained to the row before (book/audit-chain.ts); rows written
  // before this are sealed into the chain when the book is opened
  `
  ALTER TABLE audit ADD COLUMN hash TEXT;
  `,
  // 7: a cell's history finds its rows by node and measure instead of reading the whole log
  // (action-log.ts, claimHistory: its WHERE names these expressions exactly, or SQLite ignores it)
  `
  CREATE INDEX audit_claim_cell ON audit(json_extract(target, '$.key.node'), json_extract(target, '$.key.measure')) WHERE kind = 'claim';
  `,
  // 8: every figure stands in the log (those from before it are written into it when the book is
  // opened) and the log's length and head are kept in the settings row ('log'): from here on a
  // figure without a log row, or a log shorter than its summary, was changed outside Sổ Vốn
  `
  SELECT 1;
  `,
  // 9: a line she retires keeps its figures: the first year it no longer runs in (NULL: it runs)
  `
  ALTER TABLE lines ADD COLUMN retired INTEGER;
  `,
  // 10: a unit that ended may have several successors (a district's projects went to two
  // communes); units.successor, never written, gives way to this table
  `
  CREATE TABLE unit_successors (
    unit TEXT NOT NULL REFERENCES units(name),
    successor TEXT NOT NULL,
    sort INTEGER NOT NULL,
    PRIMARY KEY (unit, successor)
  ) STRICT;
  INSERT INTO unit_successors (unit, successor, sort) SELECT name, successor, 0 FROM units WHERE successor IS NOT NULL;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** From this schema on, audit rows carry their chained hash. */
export const AUDIT_CHAIN_VERSION = 6;

/** From this schema on, her lines may be retired (lines.retired). */
export const RETIRED_LINES_VERSION = 9;

/** From this schema on, a unit's successors are a table of their own (unit_successors). */
export const UNIT_SUCCESSORS_VERSION = 10;

/** From this schema on, every figure has a row in the log and the log keeps its summary. */
export const LOG_SUMMARY_VERSION = 8;

/** Identifies a Sổ Vốn file (PRAGMA application_id), so a random SQLite file is refused. */
export const APPLICATION_ID = 0x53564f4e; // "SVON"
