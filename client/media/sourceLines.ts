/** The element whose source line is the last at or before `line`: where the editor's top line is shown. */
export function elementForLine(elements: readonly { line: number }[], line: number): number {
  let best = -1;
  for (let index = 0; index < elements.length; index++) {
    const candidate = elements[index]!.line;
    if (candidate <= line && (best < 0 || candidate >= elements[best]!.line)) best = index;
  }
  return best < 0 ? 0 : best;
}
