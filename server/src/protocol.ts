/**
 * What the client and the server say to each other beyond LSP itself: every custom request declared once, typed,
 * for both sides to import.
 */
import {
  NotificationType0,
  RequestType,
  RequestType0,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import type {
  DocumentMap,
  DocumentSummary,
  WorkspaceEntry,
  MapEntry,
  NewDocumentChoices,
  Portfolio,
  RuleLevel,
  TagOperation,
  TagValues,
} from './service';

export { DOCUMENT_MAX_BYTES, DOCUMENTS_GLOB } from './service';
export type { DocumentMap, DocumentSummary, IndexEntry, MapEntry, NewDocumentChoices } from './service';
export type { Portfolio, PortfolioGoal, PortfolioRow, TagOperation, TagValues } from './service';

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

export interface DocumentParams {
  uri: string;
}

/** What the preview shows of an open document. */
export const DocumentSummaryRequest = new RequestType<DocumentParams, DocumentSummary | null, void>(
  'learningPlans/documentSummary',
);

/** What the document map shows of an open document. */
export const DocumentMapRequest = new RequestType<DocumentParams, DocumentMap | null, void>(
  'learningPlans/documentMap',
);

/** A marker dragged (or moved by keyboard) to a point: the edit of its `[[latlng:…]]`, made by the server. */
export interface MoveLocationParams {
  uri: string;
  line: number;
  lat: number;
  lng: number;
}
export const MoveLocationRequest = new RequestType<MoveLocationParams, WorkspaceEdit | null, void>(
  'learningPlans/moveLocation',
);

/** Every learning-plan-family document of the workspace, read with progress; cancelling keeps what was read. */
export interface WorkspaceIndexResult {
  entries: WorkspaceEntry[];
  cancelled: boolean;
}
export const WorkspaceIndexRequest = new RequestType0<WorkspaceIndexResult, void>(
  'learningPlans/workspaceIndex',
);

/**
 * The workspace map's points: one per place of each located document. With `check`, every document is checked
 * first, so that each point carries its document's problems and readiness (a filter by readiness needs them).
 */
export interface WorkspaceMapParams {
  check?: boolean;
}
export interface WorkspaceMapResult {
  entries: MapEntry[];
  cancelled: boolean;
}
export const WorkspaceMapRequest = new RequestType<WorkspaceMapParams | null, WorkspaceMapResult, void>(
  'learningPlans/workspaceMap',
);

/**
 * The portfolio: a row per learning-plan-family document of the workspace. With `rescan`, the workspace's folders
 * are read again first (with progress, cancellable); without it, the rows come from what the server already knows,
 * which it keeps up to date as documents are edited and files change.
 */
export interface PortfolioParams {
  rescan?: boolean;
}
export interface PortfolioResult extends Portfolio {
  cancelled: boolean;
}
export const PortfolioRequest = new RequestType<PortfolioParams, PortfolioResult, void>(
  'learningPlans/portfolio',
);

/** Server to client: what the server knows of the workspace's documents changed (an edit, a file, the settings). */
export const WorkspaceChangedNotification = new NotificationType0('learningPlans/workspaceChanged');

/** A bulk edit of tag values in the chosen documents: one workspace edit, each change to be confirmed. */
export interface TagEditParams {
  uris: string[];
  operation: TagOperation;
}
export interface TagEditResult {
  /** Null when nothing changes, or when the operation cannot be applied (then `message` says why). */
  edit: WorkspaceEdit | null;
  changed: string[];
  unchanged: string[];
  skipped: { uri: string; reason: string }[];
  message?: string;
}
export const TagEditRequest = new RequestType<TagEditParams, TagEditResult, void>('learningPlans/tagEdit');

/** The values the chosen documents give a key, and the key's vocabulary: what a bulk edit offers to pick. */
export interface TagValuesParams {
  uris: string[];
  key: string;
}
export const TagValuesRequest = new RequestType<TagValuesParams, TagValues, void>('learningPlans/tagValues');

/** What New Learning Plan… offers, then the text of the new document. */
export const NewDocumentChoicesRequest = new RequestType0<NewDocumentChoices, void>(
  'learningPlans/newDocumentChoices',
);
export interface NewDocumentParams {
  form: string;
  title: string;
  country?: string;
}
export interface NewDocumentResult {
  text: string;
  /** The file name to propose when the document is first saved: its title, as a file name, and `.md`. */
  fileName: string;
}
export const NewDocumentRequest = new RequestType<NewDocumentParams, NewDocumentResult, void>(
  'learningPlans/newDocument',
);

/**
 * Server to client, for the web build (no disk in a web worker): the documents below a workspace folder and the
 * text of a file, through VS Code's file system, which also reaches vscode.dev's and github.dev's virtual ones.
 */
export interface ListFilesParams {
  folderUri: string;
}
/** Each document's URI, with a stamp (modification time and size) that changes when its content does. */
export type ListFilesResult = { uri: string; stamp: string }[];
export const ListFilesRequest = new RequestType<ListFilesParams, ListFilesResult, void>(
  'learningPlans/listFiles',
);
export interface ReadFileParams {
  uri: string;
}
/** The file's text, or null when there is no such file or it cannot be read. */
export type ReadFileResult = string | null;
export const ReadFileRequest = new RequestType<ReadFileParams, ReadFileResult, void>(
  'learningPlans/readFile',
);

/**
 * Node flags the server runs with: a small young generation, since its garbage is small and frequent and editors may
 * keep thousands of documents open (about 25 MB less resident memory with 2,000 of them); and one helper thread for
 * V8 rather than one per core, each with its own allocation arenas (about 10 MB less). `--optimize-for-size` would
 * save 35 MB more, and `--heap-growing-percent=20` 30 MB, but each makes a keystroke in a 1 MB document half as slow
 * again or worse (more full collections of a heap kept tight), which the editor's budget does not allow.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=1', '--v8-pool-size=1'];
