/** The names of files: what a submission's name says, what the master is called. */

/** The master tracking workbook (SPEC §5), in the output folder. */
export const MASTER_FILE = 'suivi-consolide.xlsx';

/**
 * The commitment number a file name carries: "Engagement 07", "engagement-7.xlsx",
 * "compromiso-03.xlsx", "Compromisso nº 5", "commitment 12", "E07 - ICPC".
 */
export function commitmentNumberInName(name: string): number | null {
  const m =
    /(?:engagement|commitment|compromiss?o|التزام)[\s_.-]*(?:n[°ºo.]?\s*)?0*(\d{1,3})(?!\d)/i.exec(
      name,
    ) ?? /(?:^|[^a-z])e(?:ng)?[\s_.-]*0*(\d{1,3})(?!\d)/i.exec(name);
  return m ? Number(m[1]) : null;
}
