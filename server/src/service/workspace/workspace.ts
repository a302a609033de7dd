import { analyzeText } from '../analysis/analyze';
import type { DocumentAnalysis } from '../analysis/types';
import { checkDocument, type CheckResult } from '../check';
import { errorBlockers, readiness } from '../features/readiness';
import type { WorkspaceEntry } from '../features/indexEntry';
import { indexEntry } from '../features/indexEntry';
import type { DocumentFile, ServiceHost } from '../host';
import type { Localize } from '../l10n';
import type { Severity } from '../model';
import type { Finding, Rule } from '../rules/types';
import type { ResolvedSettings } from '../settings';
import { readDirectives } from '../suppressions';
import { DocumentIndex, type IndexRecord } from './documentIndex';
import { isDocumentName } from './documentFiles';
import { OpenDocuments } from './openDocuments';
import { isInside } from './uris';

export interface ScanProgress {
  report(done: number, found: number): void;
  isCancelled(): boolean;
}

export interface WorkspaceOptions {
  t: Localize;
  rules: readonly Rule[] | undefined;
  settingsFor(uri: string): Promise<ResolvedSettings>;
  onRuleFailure(uri: string, rule: string, error: unknown): void;
}

/** How many files are read at once while scanning. */
const READERS = 8;

/**
 * The documents the service knows: those open in an editor (their text wins) and the workspace's files on disk,
 * each read once per change into a small record. Own findings and findings across documents come from here.
 */
export class Workspace {
  readonly open: OpenDocuments;
  private readonly index: DocumentIndex;
  /** Open documents whose record must be brought up to date from their text. */
  private readonly pending = new Set<string>();
  private folders: string[] = [];
  /** Whether the caller gathered a workspace (scanned folders, added files): only then do documents meet. */
  private active = false;

  constructor(
    private readonly host: ServiceHost,
    private readonly options: WorkspaceOptions,
  ) {
    this.open = new OpenDocuments(options.settingsFor, options.rules, options.onRuleFailure);
    this.index = new DocumentIndex(options.t);
  }

  openDocument(uri: string, text: string, version: number): void {
    this.open.set(uri, text, version);
    if (this.belongs(uri)) this.pending.add(uri);
  }

  /** The document is closed: unless it is gone, its findings now come from the file. */
  async closeDocument(uri: string): Promise<boolean> {
    this.open.delete(uri);
    this.pending.delete(uri);
    if (!this.index.has(uri)) return false;
    return this.load(uri, 'read');
  }

  /** A document's text as the editor has it (with its version), else as the file holds it; null when there is none. */
  async text(uri: string): Promise<{ text: string; version: number | null } | null> {
    const open = this.open.text(uri);
    if (open) return open;
    const text = await this.host.readFile(uri);
    return text === null ? null : { text, version: null };
  }

  isOpen(uri: string): boolean {
    return this.open.has(uri);
  }

  isKnown(uri: string): boolean {
    return this.index.has(uri);
  }

  knownDocuments(): string[] {
    return this.index.uris();
  }

  /** Reads every document below the folders, skipping those whose stamp has not changed. */
  async scan(folders: readonly string[], progress?: ScanProgress): Promise<{ cancelled: boolean }> {
    this.active = true;
    this.folders = [...new Set([...this.folders, ...folders])];
    const isCancelled = () => progress?.isCancelled() ?? false;
    const found: DocumentFile[] = [];
    for (const folder of folders) {
      for await (const file of this.host.listDocuments(folder, isCancelled)) found.push(file);
    }
    const queue = [...found];
    let done = 0;
    const reader = async () => {
      for (let file = queue.shift(); file && !isCancelled(); file = queue.shift()) {
        await this.refresh(file);
        progress?.report(++done, found.length);
      }
    };
    await Promise.all(Array.from({ length: READERS }, reader));
    if (!isCancelled()) this.forgetMissing(folders, new Set(found.map((file) => file.uri)));
    return { cancelled: isCancelled() };
  }

  /** A document the caller read itself (the command line's files). */
  async addFile(uri: string, text: string): Promise<void> {
    this.active = true;
    await this.record(uri, 'read', text);
  }

  /** A file changed or appeared on disk. */
  async fileChanged(uri: string): Promise<boolean> {
    if (!this.active || this.open.has(uri) || !isDocumentName(uri) || !this.belongs(uri)) return false;
    return this.load(uri, 'read');
  }

  fileDeleted(uri: string): boolean {
    if (this.open.has(uri) || !this.index.has(uri)) return false;
    this.index.delete(uri);
    return true;
  }

  /** Settings changed: every document is read again with its new settings. */
  async reload(): Promise<void> {
    this.open.invalidate();
    for (const uri of this.open.uris()) if (this.index.has(uri)) this.pending.add(uri);
    const closed = this.index.uris().filter((uri) => !this.open.has(uri));
    await Promise.all(closed.map((uri) => this.load(uri, 'read')));
  }

  /** Own findings, then findings across documents, in document order. */
  async findings(uri: string): Promise<Finding[]> {
    await this.syncOpenRecords();
    const own = this.open.has(uri)
      ? ((await this.open.checked(uri))?.result.findings ?? [])
      : (this.index.get(uri)?.own ?? []);
    return sortFindings([...own, ...this.index.crossFindings(uri)]);
  }

  /** The documents whose findings across documents changed since the last call. */
  async crossChanges(): Promise<string[]> {
    await this.syncOpenRecords();
    return this.index.changes();
  }

  /** What a workspace document is, as last read. */
  describe(uri: string): Pick<IndexRecord, 'kind' | 'form'> | undefined {
    const record = this.index.get(uri);
    return record ? { kind: record.kind, form: record.form } : undefined;
  }

  /** Every learning-plan-family document's entry, with its problems and readiness, findings across documents included. */
  async entries(): Promise<WorkspaceEntry[]> {
    await this.syncOpenRecords();
    return this.index.uris().flatMap((uri) => {
      const record = this.index.get(uri)!;
      if (!record.entry) return [];
      const cross = this.index.crossFindings(uri);
      const crossCounts = countBySeverity(cross);
      const problems = { ...record.counts };
      for (const severity of SEVERITIES) problems[severity] += crossCounts[severity];
      const blockers = [...record.readiness.blockers, ...errorBlockers(cross)];
      const lines = [record.firstProblemLine, firstProblemLine(cross)].filter((line) => line !== null);
      return [
        {
          ...record.entry,
          problems,
          readiness: { ...record.readiness, ready: blockers.length === 0, blockers },
          firstProblemLine: lines.length > 0 ? Math.min(...lines) : null,
        },
      ];
    });
  }

  private belongs(uri: string): boolean {
    return this.index.has(uri) || (this.active && this.folders.some((folder) => isInside(uri, folder)));
  }

  private async refresh(file: DocumentFile): Promise<void> {
    if (this.open.has(file.uri)) this.pending.add(file.uri);
    else if (this.index.get(file.uri)?.stamp !== file.stamp) await this.load(file.uri, file.stamp);
  }

  private async load(uri: string, stamp: string): Promise<boolean> {
    const text = await this.host.readFile(uri).catch(() => null);
    if (text === null) {
      this.index.delete(uri);
      return false;
    }
    await this.record(uri, stamp, text);
    return true;
  }

  private async record(uri: string, stamp: string, text: string): Promise<void> {
    const settings = await this.options.settingsFor(uri);
    const analysis = analyzeText(text, settings.forms);
    const result = checkDocument(analysis, settings, this.options.rules);
    for (const failure of result.failures) this.options.onRuleFailure(uri, failure.rule, failure.error);
    this.index.set(uri, this.recordOf(uri, { analysis, settings, result }, stamp));
  }

  private async syncOpenRecords(): Promise<void> {
    for (const uri of [...this.pending]) {
      this.pending.delete(uri);
      const state = await this.open.checked(uri);
      if (state) this.index.set(uri, this.recordOf(uri, state, 'open'));
    }
  }

  private forgetMissing(folders: readonly string[], present: ReadonlySet<string>): void {
    for (const uri of this.index.uris()) {
      const under = folders.some((folder) => isInside(uri, folder));
      if (under && !present.has(uri) && !this.open.has(uri)) this.index.delete(uri);
    }
  }

  /**
   * What the index keeps of a document: for a closed one its own findings too, without their fixes (only open
   * documents get code actions); an open one's come from its analysis when asked.
   */
  private recordOf(
    uri: string,
    {
      analysis,
      settings,
      result,
    }: { analysis: DocumentAnalysis; settings: ResolvedSettings; result: CheckResult },
    stamp: string,
  ): IndexRecord {
    const own = stamp === 'open' ? [] : result.findings.map(({ fixes: _fixes, ...finding }) => finding);
    return {
      ...entryOf(uri, analysis, settings, stamp, own),
      readiness: readiness(analysis, result.findings, this.options.t),
      counts: countBySeverity(result.findings),
      firstProblemLine: firstProblemLine(result.findings),
    };
  }
}

function entryOf(
  uri: string,
  analysis: DocumentAnalysis,
  settings: ResolvedSettings,
  stamp: string,
  own: Finding[],
): Omit<IndexRecord, 'readiness' | 'counts' | 'firstProblemLine'> {
  return {
    stamp,
    kind: analysis.doc.kind,
    form: analysis.form?.id ?? null,
    entry: analysis.doc.kind === 'other' ? null : indexEntry(uri, analysis),
    own,
    directives: readDirectives(analysis.doc),
    settings,
  };
}

const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;

/** How many findings there are of each severity. */
export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** The line of the first error or warning among findings, or null when there is none. */
function firstProblemLine(findings: readonly Finding[]): number | null {
  let first: number | null = null;
  for (const finding of findings) {
    if (finding.severity !== 'error' && finding.severity !== 'warning') continue;
    if (first === null || finding.range.start.line < first) first = finding.range.start.line;
  }
  return first;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      a.rule.localeCompare(b.rule),
  );
}
