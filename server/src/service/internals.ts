/**
 * The service's pure building blocks, for its own tests and the project's scripts: callers that deliver the
 * service's answers (the server, the web worker, the command line, the client) use index.ts instead.
 */
export * from './index';
export { parseDocument } from './parse';
export { analyze, analyzeText } from './analysis/analyze';
export type { DocumentAnalysis } from './analysis/types';
export { checkDocument, checkText, type CheckResult } from './check';
export { RULES, findRule } from './rules/registry';
export type { Rule, RuleContext } from './rules/types';
export { WORKSPACE_RULES, type WorkspaceRule } from './rules/workspace';
export { resolveSettings, mergeSettings, isExtraValue, type ResolvedSettings } from './settings';
export { differenceEdit, fixAll, fixAllEdits, preferredFix } from './fixes';
export { parseConfig, readConfigCarefully, type ParsedConfig } from './config';
export { crossDocumentFindings } from './features/crossDocument';
export { indexEntry } from './features/indexEntry';
export { workspaceMap } from './features/map';
export { buildEdition, type EditionSpec } from './forms/extraForms';
