import { checkText } from './check';
import { resolveSettings } from './settings';

/** A made-up plan whose check builds what the rules build on first use: each misspelt value asks a did-you-mean. */
const SAMPLE = [
  '# A plan',
  '[[focal_point:name.surname@undp.org]]',
  '[[year:2024]]',
  '[[type:learningplan]]',
  '[[country:Bolivai]]',
  '[[latlng:-16.5,-68.1]]',
  '[[sdgs:Gendr equality]]',
  '[[methods:Sensemakng]]',
  '[[thematic_areas:waste managment]]',
  '[[datasources:survey]]',
  '## Title',
  '',
  '> Please provide a name for your action learning plan.',
  '',
  'A plan',
  '',
].join('\n');

/**
 * Builds, while the editor is still starting, the vocabularies, their spelling indexes and the forms that the first
 * check would otherwise build: the author's first document is then checked as quickly as the next.
 */
export function warmUp(): void {
  checkText(SAMPLE, resolveSettings({}));
}
