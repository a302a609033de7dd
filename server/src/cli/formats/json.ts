import { summarize, type FileReport } from '../report';

/** The stable JSON shape other tools read: files with their diagnostics (0-based LSP ranges) and a summary. */
export function formatJson(files: readonly FileReport[]): string {
  const { files: count, errors, warnings } = summarize(files);
  const output = {
    files: files.map((file) => ({
      path: file.path,
      kind: file.kind,
      form: file.form,
      diagnostics: file.diagnostics.map(({ rule, name, severity, message, range, related }) => ({
        rule,
        name,
        severity,
        message,
        range,
        ...(related ? { related } : {}),
      })),
    })),
    summary: { files: count, errors, warnings },
  };
  return JSON.stringify(output, null, 2) + '\n';
}
