/**
 * Messages are written in English in the code and looked up in a bundle for other languages, the format
 * @vscode/l10n uses: the key is the English template, `{0}`, `{1}`… stand for the arguments.
 */
export type Localize = (template: string, ...args: (string | number)[]) => string;

export type MessageBundle = Readonly<Record<string, string>>;

export function createLocalize(bundle: MessageBundle = {}): Localize {
  // Only the bundle's own entries: a template such as `constructor` (an edition's label) is not an inherited property.
  return (template, ...args) =>
    format(Object.hasOwn(bundle, template) ? (bundle[template] ?? template) : template, args);
}

function format(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

export const english: Localize = createLocalize();

/** The display languages besides English that vocabularies carry names in. */
export type DisplayLocale = 'es' | 'fr' | 'pt';

/** The display language of a locale (`pt-br` → `pt`), or null for English and languages without names. */
export function displayLocale(locale: string | undefined): DisplayLocale | null {
  const language = locale?.slice(0, 2).toLowerCase();
  return language === 'es' || language === 'fr' || language === 'pt' ? language : null;
}
