/** The learning-plan language service: pure functions of text and settings, shared by the server, the CLI and the web build. */
export { parseDocument } from './parse';
export { checkDocument, type CheckResult } from './check';
export { RULES, findRule } from './rules/registry';
export { resolveSettings, type Settings, type ResolvedSettings, type RuleLevel } from './settings';
export { createLocalize, english, type Localize, type MessageBundle } from './l10n';
export type { Finding, Fix, TextEdit, Rule } from './rules/types';
export type * from './model';
export { applyEdits, fixAll, fixAllEdits, preferredFix, type FixAllResult } from './fixes';
export { parseConfig, CONFIG_FILE_NAME, type ParsedConfig, type ConfigProblem } from './config';
export { mergeSettings, isExtraValue } from './settings';
export { crossDocumentFindings } from './features/crossDocument';
export { indexEntry, type IndexEntry } from './features/indexEntry';
export { WORKSPACE_RULES, type WorkspaceRule } from './rules/workspace';
export { withExtraForms, type EditionSpec } from './forms/extraForms';
