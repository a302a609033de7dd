/** Reported in place of a rule's findings when the rule itself fails, so that one fault hides nothing else. */
export const INTERNAL_ERROR = { id: 'LP900', name: 'internal-error' } as const;
