import type { FormDefinition } from '../forms/types';
import { matchForm } from '../forms/match';
import { questionStatuses } from '../forms/questionStatus';
import { countryPairs } from '../geo/pairs';
import type { ParsedDocument } from '../model';
import { parseDocument } from '../parse';
import { chooseForm } from './chooseForm';
import type { DocumentAnalysis } from './types';

/** Decides, once per document, what every rule and feature reads: its form and edition, its matches, its places. */
export function analyze(doc: ParsedDocument, editions: readonly FormDefinition[] = []): DocumentAnalysis {
  const form = chooseForm(doc, editions) ?? null;
  const match = form ? matchForm(doc, form) : null;
  return { doc, form, match, statuses: questionStatuses(doc, match), pairs: countryPairs(doc) };
}

/** Parses and analyses a text. */
export function analyzeText(text: string, editions: readonly FormDefinition[] = []): DocumentAnalysis {
  return analyze(parseDocument(text), editions);
}
