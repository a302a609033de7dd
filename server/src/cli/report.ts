import type { DocKind, FormId, Range, Severity } from '../service';

/** One diagnostic as the CLI reports it; the JSON format writes exactly these fields. */
export interface ReportedDiagnostic {
  rule: string;
  name: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Other places the finding is about: in the same file, or in the file at `path`. */
  related?: RelatedLocation[];
}

export interface RelatedLocation {
  /** Another file, shown as the file paths are; absent for the diagnostic's own file. */
  path?: string;
  range: Range;
  message: string;
}

export interface FileReport {
  /** The path as the user would type it: relative to the working folder when inside it. */
  path: string;
  kind: DocKind;
  form: FormId | null;
  diagnostics: ReportedDiagnostic[];
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  information: number;
  hints: number;
}

export function summarize(files: readonly FileReport[]): Summary {
  const summary: Summary = { files: files.length, errors: 0, warnings: 0, information: 0, hints: 0 };
  for (const file of files) {
    for (const diagnostic of file.diagnostics) {
      if (diagnostic.severity === 'error') summary.errors++;
      else if (diagnostic.severity === 'warning') summary.warnings++;
      else if (diagnostic.severity === 'information') summary.information++;
      else summary.hints++;
    }
  }
  return summary;
}
