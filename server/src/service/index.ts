/**
 * The learning-plan language service. Callers (the Node server, the web worker, the command line) make one with
 * `createLanguageService(host)` and deliver its answers; they reach nothing else of the service.
 */
export {
  createLanguageService,
  type LanguageService,
  type LanguageServiceOptions,
  type TagValues,
} from './languageService';
export type { DocumentFile, ServiceHost } from './host';
export type { ScanProgress } from './workspace/workspace';
export type { ConfigFile } from './workspace/configFiles';
export { CONFIG_FILE_NAME, type ConfigProblem } from './config';
export {
  DOCUMENT_EXTENSIONS,
  DOCUMENT_MAX_BYTES,
  DOCUMENTS_GLOB,
  isDocumentName,
  isSkippedFolder,
} from './workspace/documentFiles';
export { parentFolder } from './workspace/uris';
export { createLocalize, english, type Localize, type MessageBundle } from './l10n';
export type { Settings, RuleLevel } from './settings';
export type { Finding, Fix, RelatedPlace, TextEdit } from './rules/types';
export type * from './model';
export { applyEdits, type FixAllResult } from './fixes';
export { warmUp } from './warmUp';
export { QUICK_FIX_KIND, FIX_ALL_KIND, type CodeActionEntry } from './features/codeActions';
export type { CompletionEntry, CompletionKind, CompletionResult } from './features/completion';
export type { HoverResult } from './features/hover';
export type { OutlineSymbol, SymbolKind } from './features/symbols';
export type { Fold } from './features/folding';
export type { DocumentLink } from './features/links';
export { TOKEN_TYPES, type SemanticToken, type TokenType } from './features/semanticTokens';
export type { DocumentSummary, PlaceSummary, SectionSummary, QuestionSummary } from './features/summary';
export type { Completeness, SectionCompleteness } from './forms/completeness';
export type { DocumentMap, MapEntry, MapPlace } from './features/map';
export type { IndexEntry, WorkspaceEntry } from './features/indexEntry';
export type { Blocker, Readiness } from './features/readiness';
export type { NewDocumentChoices, NewDocumentText } from './features/newDocument';
export type {
  Portfolio,
  PortfolioBlocker,
  PortfolioGoal,
  PortfolioReadiness,
  PortfolioRow,
} from './features/portfolio';
export type { TagChange, TagChangeResult } from './features/tagChanges';
export { tagOperationProblem, type TagOperation } from './features/tagOperation';
export { ruleCatalogue, type RuleInfo } from './rules/catalogue';
export { tagLineAt, type TagAt } from './parse/tagLineAt';
export { sdgByValue, sdgNames, type SdgChip } from './vocab/sdgChips';
