import type { Connection } from 'vscode-languageserver';
import type { FormId } from '../service';
import { newDocument } from '../service/features/newDocument';
import { FORMS } from '../service/forms';
import { countryVocabulary } from '../service/vocab/countries';
import {
  NEW_DOCUMENT_CHOICES_REQUEST,
  NEW_DOCUMENT_REQUEST,
  type NewDocumentChoices,
  type NewDocumentParams,
  type NewDocumentResult,
} from '../protocol';
import { countryLocation } from '../service/geo/countryLocation';

/** The New Learning Plan command's two requests: the choices to offer, then the document's text. */
export function registerNewDocumentHandlers(connection: Connection, currentYear: () => number): void {
  connection.onRequest(NEW_DOCUMENT_CHOICES_REQUEST, (): NewDocumentChoices => ({
    forms: FORMS.map((form) => ({ id: form.id, label: form.label })),
    countries: countryVocabulary.entries.map((entry) => ({
      name: entry.canonical,
      aliases: [...(entry.aliases ?? [])],
    })),
  }));

  connection.onRequest(NEW_DOCUMENT_REQUEST, (params: NewDocumentParams): NewDocumentResult => {
    const form = FORMS.find((candidate) => candidate.id === params.form)?.id ?? 'plan';
    const country = params.country ? countryVocabulary.lookup(params.country)?.entry.canonical : undefined;
    const latlng = country ? countryLocation(country) : undefined;
    const text = newDocument({
      form: form as FormId,
      title: params.title.trim() || 'Untitled',
      year: currentYear(),
      ...(country ? { country: { name: country, ...(latlng ? { latlng } : {}) } } : {}),
    });
    return { text };
  });
}
