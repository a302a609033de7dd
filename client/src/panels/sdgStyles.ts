import { textColourOn } from '../../../server/src/portfolio/contrast';

/** What the stylesheet needs of a goal: its number and official colour (`#rrggbb`). */
export interface GoalColour {
  number: number;
  colour: string;
}

/**
 * The one stylesheet of the SDG chips, generated at build time from the vocabulary's list of goals: each goal's
 * official colour as the chip's background (and as `--lp-sdg-colour` for swatches), with black or white text,
 * whichever contrasts more with that colour.
 */
export function sdgStylesheet(goals: readonly GoalColour[]): string {
  const rules = goals.map(
    (goal) =>
      `.lp-sdg.lp-sdg-${goal.number} {\n  --lp-sdg-colour: ${goal.colour};\n  background: ${goal.colour};\n  color: ${textColourOn(goal.colour)};\n}`,
  );
  return [
    '/* SDG colours, generated from server/src/service/vocab/data/sdgs.json by scripts/build.mjs. */',
    ...rules,
    '',
  ].join('\n');
}
