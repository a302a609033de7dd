import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../server/src/service/internals';
import { topStems, textSignature } from '../server/src/service/features/textSignature';
const FOLDER = 'bench/work/plans-1000';
const as = readdirSync(FOLDER).map((name) => analyzeText(readFileSync(join(FOLDER, name), 'utf8')));
const TELL = new Set(['title','challenge-statement','background','tweet','value-proposition','learning-question','key-insights','handover-details','barriers','why-data','why-methods']);
const joined = as.map(({ doc, match }) => [doc.title?.text ?? '', ...doc.questions.flatMap((q, i) => { const id = match?.questions[i]?.question.id; return id && TELL.has(id) && q.answer ? [q.answer.text] : []; })].join('\n'));
console.log('chars', joined.reduce((a, t) => a + t.length, 0));
for (let r = 0; r < 4; r++) {
  let t0 = performance.now(); for (const j of joined) topStems(j); const ts = performance.now() - t0;
  t0 = performance.now(); for (const a of as) textSignature(a.doc, a.match); const sig = performance.now() - t0;
  t0 = performance.now(); for (const j of joined) j.toLowerCase(); const low = performance.now() - t0;
  console.log({ topStems: ts.toFixed(0), sig: sig.toFixed(0), lower: low.toFixed(0) });
}
