// The corpus's contract: a province annex as bytes, and the figures of her unit a correct import
// reads from it (her cells only, in integer đồng; capital type and source from the column's own
// words, else the title's).
export interface ExpectedFigure {
  /** catalogue code (GNBV root, DA1, DA1.1, ... see resources/ catalogue gnbv-2021-2025), or for a work `work:<parent code>:<name>` where name is the work's caption without its numbering, whitespace collapsed */
  node: string;
  capital: 'DT' | 'SN' | null; // null = a "Tổng số" column adding ĐT and SN
  source: 'NSTW' | 'NSDP' | null; // null = the table names no source for that column, or a total over sources
  measure: 'allocated' | 'disbursed' | 'carry_in' | 'adjusted' | 'available' | 'cancelled' | 'carry_out';
  dong: number; // integer đồng
}

export interface AnnexCase {
  family: string;
  seed: number;
  /** the variant's choices, for failure messages */
  describe: string;
  fileName: string;
  bytes: Buffer;
  /** how her book names her unit: 'Phong Thổ', 'Huyện Phong Thổ', 'Ủy ban nhân dân huyện Phong Thổ' */
  unit: string;
  year: number;
  expected: ExpectedFigure[];
}

export interface Family {
  name: string;
  description: string;
  make(seed: number): Promise<AnnexCase>;
}
