import type { DocumentAnalysis } from './analysis/types';
import { codeActionsFor, type CodeActionEntry } from './features/codeActions';
import { complete, type CompletionResult } from './features/completion';
import { documentMap, moveLocationEdit, workspaceMap, type DocumentMap, type MapEntry } from './features/map';
import { documentLinks, type DocumentLink } from './features/links';
import { foldingRanges, type Fold } from './features/folding';
import { hover, type HoverResult } from './features/hover';
import type { WorkspaceEntry } from './features/indexEntry';
import {
  newDocumentChoices,
  newDocumentText,
  type NewDocumentChoices,
  type NewDocumentText,
} from './features/newDocument';
import { portfolio, type Portfolio } from './features/portfolio';
import { tagChanges, tagValues, type TagChangeResult, type TextSource } from './features/tagChanges';
import type { TagOperation } from './features/tagOperation';
import { semanticTokens, type SemanticToken } from './features/semanticTokens';
import { summarize, type DocumentSummary } from './features/summary';
import { documentSymbols, type OutlineSymbol } from './features/symbols';
import { differenceEdit, fixAll, type FixAllResult } from './fixes';
import type { ServiceHost } from './host';
import { english, type Localize } from './l10n';
import type { DocKind, FormId, Position, Range } from './model';
import type { Finding, Rule, TextEdit } from './rules/types';
import type { ResolvedSettings } from './settings';
import { ConfigFiles, type ConfigFile } from './workspace/configFiles';
import { DocumentSettings } from './workspace/documentSettings';
import { Workspace, type ScanProgress } from './workspace/workspace';

export interface LanguageServiceOptions {
  t?: Localize;
  /** The language of messages and vocabulary labels (en, es, fr). */
  locale?: string;
  /** The rules to run; all of them unless a test says otherwise. */
  rules?: readonly Rule[];
  /** One configuration file for every document (the command line's --config), instead of each one's nearest. */
  configUri?: string | null;
  /** Told of each configuration file once it is read, so that its problems can be shown. */
  onConfigRead?: (file: ConfigFile) => void;
  /** Told of a rule that threw on a document; its other findings still came. */
  onRuleFailure?: (uri: string, rule: string, error: unknown) => void;
  /**
   * Whether each workspace document's readiness is worked out as it is checked (the default): the portfolio and the
   * maps show it; a caller that only reports findings (`learning-plans check`) need not pay for it.
   */
  readiness?: boolean;
}

/**
 * The language service: the one place that decides a document's findings and answers every feature, for the
 * Node server, the web worker and the command line alike. Each caller gives it a host and delivers its answers.
 */
export interface LanguageService {
  readonly t: Localize;
  readonly locale: string;
  openDocument(uri: string, text: string, version: number): void;
  /** Resolves true when the closed document is still a workspace document (its findings now come from disk). */
  closeDocument(uri: string): Promise<boolean>;
  /** Reads the folders' documents; checks them too unless `check` is false (a map needs their entries only). */
  scanFolders(
    folders: readonly string[],
    progress?: ScanProgress,
    options?: { check?: boolean },
  ): Promise<{ cancelled: boolean }>;
  addFile(uri: string, text: string): Promise<void>;
  /** Resolves true when the file is a workspace document whose findings may have changed. */
  fileChanged(uri: string): Promise<boolean>;
  fileDeleted(uri: string): boolean;
  /** Configuration files or the editor's settings changed: everything is decided again. */
  configurationChanged(): Promise<void>;
  isWorkspaceDocument(uri: string): boolean;
  /** What a workspace document is and which form it follows, as last read. */
  describe(uri: string): { kind: DocKind; form: FormId | null } | undefined;
  workspaceDocuments(): string[];
  findings(uri: string): Promise<Finding[]>;
  crossDocumentChanges(): Promise<string[]>;
  completion(uri: string, position: Position): Promise<CompletionResult>;
  hover(uri: string, position: Position): Promise<HoverResult | null>;
  documentSymbols(uri: string): Promise<OutlineSymbol[]>;
  foldingRanges(uri: string): Promise<Fold[]>;
  documentLinks(uri: string): Promise<DocumentLink[]>;
  semanticTokens(uri: string, options: { structure: boolean }): Promise<SemanticToken[]>;
  codeActions(uri: string, range: Range, only?: readonly string[]): Promise<CodeActionEntry[]>;
  summary(uri: string): Promise<DocumentSummary | null>;
  documentMap(uri: string): Promise<DocumentMap | null>;
  moveLocation(uri: string, line: number, lat: number, lng: number): Promise<TextEdit[] | null>;
  workspaceEntries(): Promise<WorkspaceEntry[]>;
  /** The workspace map's points; `checked`, each with its document's problems and readiness. */
  workspaceMap(options?: { checked?: boolean }): Promise<MapEntry[]>;
  /** Every learning-plan-family document of the workspace as a row of the portfolio, with the goals' names. */
  portfolio(): Promise<Portfolio>;
  /** The edits that add, remove or rename a tag value in these documents, and in no other. */
  tagEdits(uris: readonly string[], operation: TagOperation): Promise<TagChangeResult>;
  /** The values these documents give a key, with their counts, and the key's vocabulary. */
  tagValues(uris: readonly string[], key: string): Promise<TagValues>;
  fixAll(uri: string, text: string): Promise<FixAllResult>;
  newDocumentChoices(): NewDocumentChoices;
  newDocument(form: string, title: string, country?: string): NewDocumentText;
}

export interface TagValues {
  present: { value: string; count: number }[];
  vocabulary: string[];
}

export function createLanguageService(
  host: ServiceHost,
  options: LanguageServiceOptions = {},
): LanguageService {
  const t = options.t ?? english;
  const locale = options.locale ?? 'en';
  const configs = new ConfigFiles(host, {
    explicit: options.configUri ?? null,
    t,
    ...(options.onConfigRead ? { onRead: options.onConfigRead } : {}),
  });
  const settings = new DocumentSettings(host, configs, { t, locale });
  const workspace = new Workspace(host, {
    t,
    rules: options.rules,
    settingsFor: (uri) => settings.forDocument(uri),
    onRuleFailure: options.onRuleFailure ?? (() => undefined),
    ...(options.readiness === false ? { readiness: false } : {}),
  });
  return serviceOver(workspace, settings, { t, locale, now: () => host.now() });
}

interface Language {
  t: Localize;
  locale: string;
  now: () => Date;
}

function serviceOver(workspace: Workspace, settings: DocumentSettings, language: Language): LanguageService {
  const { t, locale } = language;
  const analysed = (uri: string) => workspace.open.analysis(uri);
  const withOpen = async <R>(uri: string, empty: R, answer: (state: OpenAnswer) => R): Promise<R> => {
    const state = await analysed(uri);
    return state ? answer({ ...state, options: { t, locale, settings: state.settings } }) : empty;
  };
  return {
    t,
    locale,
    ...documentEvents(workspace, settings),
    findings: (uri) => workspace.findings(uri),
    crossDocumentChanges: () => workspace.crossChanges(),
    completion: (uri, position) =>
      withOpen(uri, { items: [], isIncomplete: false }, ({ analysis, options }) =>
        complete(analysis, position, { ...options, currentYear: options.settings.currentYear }),
      ),
    hover: (uri, position) =>
      withOpen(uri, null, ({ analysis, options }) => hover(analysis, position, options)),
    documentSymbols: (uri) => withOpen(uri, [], ({ analysis }) => documentSymbols(analysis.doc, t)),
    foldingRanges: (uri) => withOpen(uri, [], ({ analysis }) => foldingRanges(analysis.doc)),
    documentLinks: (uri) => withOpen(uri, [], ({ analysis }) => documentLinks(analysis.doc)),
    semanticTokens: (uri, options) =>
      withOpen(uri, [], ({ analysis }) => semanticTokens(analysis.doc, options)),
    ...answersWithFindings(workspace, t),
    documentMap: (uri) => withOpen(uri, null, ({ analysis }) => documentMap(analysis)),
    moveLocation: (uri, line, lat, lng) =>
      withOpen(uri, null, ({ analysis }) => moveLocationEdit(analysis, line, lat, lng)),
    workspaceEntries: () => workspace.entries(),
    workspaceMap: async (options) =>
      workspaceMap(await (options?.checked ? workspace.checkedEntries() : workspace.entries())),
    ...portfolioAnswers(workspace, language),
    fixAll: async (uri, text) => fixAll(text, await settings.forDocument(uri)),
    newDocumentChoices: () => newDocumentChoices(t, locale),
    newDocument: (form, title, country) =>
      newDocumentText(form, title, language.now().getFullYear(), country, t),
  };
}

interface OpenAnswer {
  analysis: DocumentAnalysis;
  options: { t: Localize; locale: string; settings: ResolvedSettings };
}

/** The portfolio and its bulk edits: rows from the index, edits from each document's text as it is now. */
function portfolioAnswers(workspace: Workspace, language: Language) {
  const source: TextSource = {
    knows: (uri) => workspace.isKnown(uri) || workspace.isOpen(uri),
    read: (uri) => workspace.text(uri),
    t: language.t,
  };
  return {
    portfolio: async () => portfolio(await workspace.checkedEntries(), language.locale),
    tagEdits: (uris: readonly string[], operation: TagOperation) => tagChanges(uris, operation, source),
    tagValues: (uris: readonly string[], key: string) =>
      tagValues(uris, key, {
        ...source,
        locale: language.locale,
        currentYear: language.now().getFullYear(),
      }),
  };
}

/** What the caller tells the service of documents and files. */
function documentEvents(workspace: Workspace, settings: DocumentSettings) {
  return {
    openDocument: (uri: string, text: string, version: number) => workspace.openDocument(uri, text, version),
    closeDocument: (uri: string) => workspace.closeDocument(uri),
    scanFolders: (folders: readonly string[], progress?: ScanProgress, options?: { check?: boolean }) =>
      workspace.scan(folders, progress, options?.check ?? true),
    addFile: (uri: string, text: string) => workspace.addFile(uri, text),
    fileChanged: (uri: string) => workspace.fileChanged(uri),
    fileDeleted: (uri: string) => workspace.fileDeleted(uri),
    configurationChanged: async () => {
      settings.clear();
      await workspace.reload();
    },
    isWorkspaceDocument: (uri: string) => workspace.isKnown(uri),
    describe: (uri: string) => workspace.describe(uri),
    workspaceDocuments: () => workspace.knownDocuments(),
  };
}

/** The answers that need the document's findings: code actions and the preview's summary. */
function answersWithFindings(workspace: Workspace, t: Localize) {
  return {
    codeActions: async (uri: string, range: Range, only?: readonly string[]) => {
      const state = await workspace.open.checked(uri);
      if (!state) return [];
      const text = state.analysis.doc.text;
      // Every round of fixes, as the command line's --fix makes them, in one edit.
      const everyFix = () => differenceEdit(text, fixAll(text, state.settings).text);
      return codeActionsFor(state.result.findings, range, only, t, everyFix);
    },
    summary: async (uri: string) => {
      const state = await workspace.open.analysis(uri);
      return state ? summarize(state.analysis, await workspace.findings(uri), t) : null;
    },
  };
}
