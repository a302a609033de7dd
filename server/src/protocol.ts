/**
 * What the client and the server say to each other beyond LSP itself, declared once for both sides.
 */
import type { RuleLevel } from './service/settings';

/** The `learningPlans` section of VS Code's settings, as the server pulls it. */
export interface ClientSettings {
  rules?: Record<string, RuleLevel>;
  vocabulary?: Record<string, string[]>;
  validation?: {
    /** Milliseconds to wait after the last keystroke before checking; 0 checks at once. */
    debounce?: number;
    /** Problems for every learning-plan document of the workspace, not only the open ones (default true). */
    workspace?: boolean;
  };
}

/** Options the client passes when it starts the server. */
export interface InitializationOptions {
  /** Overrides the debounce before the first settings arrive (benchmarks set 0). */
  debounce?: number;
  /** The display language, for messages (en, es, fr). */
  locale?: string;
}

export const SETTINGS_SECTION = 'learningPlans';
export const DEFAULT_DEBOUNCE_MS = 100;

/** `learningPlans/newDocumentChoices`: what the New Learning Plan command offers. */
export const NEW_DOCUMENT_CHOICES_REQUEST = 'learningPlans/newDocumentChoices';
export interface NewDocumentChoices {
  forms: { id: string; label: string }[];
  countries: { name: string; aliases: string[] }[];
}

/** `learningPlans/newDocument`: the text of a new document of a form. */
export const NEW_DOCUMENT_REQUEST = 'learningPlans/newDocument';
export interface NewDocumentParams {
  form: string;
  title: string;
  country?: string;
}
export interface NewDocumentResult {
  text: string;
}

/** `learningPlans/documentSummary`: what the preview and the document map show of an open document. */
export const DOCUMENT_SUMMARY_REQUEST = 'learningPlans/documentSummary';
export interface DocumentSummaryParams {
  uri: string;
}
export type { DocumentSummary } from './service/features/summary';

/** `learningPlans/workspaceIndex`: every learning-plan-family document of the workspace, with progress and cancel. */
export const WORKSPACE_INDEX_REQUEST = 'learningPlans/workspaceIndex';
export interface WorkspaceIndexResult {
  entries: import('./service/features/indexEntry').IndexEntry[];
  cancelled: boolean;
}
export type { IndexEntry } from './service/features/indexEntry';

/**
 * Server to client, for the web build (no disk in a web worker): the documents below a workspace folder and the
 * text of a file, through VS Code's file system, which also reaches vscode.dev's and github.dev's virtual ones.
 */
/** The files the workspace's documents are found in, and the size above which a file is no learning plan. */
export const WORKSPACE_DOCUMENTS_GLOB = '**/*.{md,markdown,txt}';
export const WORKSPACE_DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;
export const LIST_FILES_REQUEST = 'learningPlans/listFiles';
export interface ListFilesParams {
  folderUri: string;
}
/** Each document's URI, with a stamp (modification time and size) that changes when its content does. */
export type ListFilesResult = { uri: string; stamp: string }[];
export const READ_FILE_REQUEST = 'learningPlans/readFile';
export interface ReadFileParams {
  uri: string;
}
/** The file's text, or null when it cannot be read. */
export type ReadFileResult = string | null;

/**
 * Node flags the server runs with: a small young generation, since its garbage is small and frequent and editors may
 * keep thousands of documents open (about 25 MB less resident memory with 2,000 of them).
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=1'];
