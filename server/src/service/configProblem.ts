import type { Node } from 'yaml';
import type { Range } from './model';

/** A mistake in a configuration file, at its place. */
export interface ConfigProblem {
  message: string;
  range: Range;
}

/** Where a node of the configuration's YAML sits in the file. */
export type ToRange = (node: Node | null | undefined) => Range;
