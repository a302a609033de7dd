/**
 * Where a check's time goes, rule by rule: each rule run alone on the benchmark's 1,000 plans (made by `npm run
 * bench`), besides the analysis they share, the index entry and readiness. Relative figures: the best of three rounds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readiness } from '../server/src/service/features/readiness';
import { analyzeText, indexEntry, RULES, resolveSettings } from '../server/src/service/internals';

const FOLDER = join(__dirname, 'work', 'plans-1000');
if (!existsSync(FOLDER)) {
  console.error('Run `npm run bench` first: it writes the 1,000 plans this reads.');
  process.exit(1);
}
const texts = readdirSync(FOLDER).map((name) => readFileSync(join(FOLDER, name), 'utf8'));
const settings = resolveSettings({}, { currentYear: 2026 });
const best = new Map<string, number>();

function timed<T>(times: Map<string, number>, name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  times.set(name, (times.get(name) ?? 0) + performance.now() - start);
  return result;
}

for (let round = 0; round < 3; round++) {
  const times = new Map<string, number>();
  for (const text of texts) {
    const analysis = timed(times, 'analysis (parse, form, statuses)', () => analyzeText(text));
    for (const rule of RULES) {
      if (!rule.kinds.includes(analysis.doc.kind)) continue;
      timed(times, `${rule.id} ${rule.name}`, () =>
        rule.check({ ...analysis, settings, t: settings.t, report: () => undefined }),
      );
    }
    timed(times, 'index entry', () => indexEntry('file:///plan.md', analysis));
    timed(times, 'readiness', () => readiness(analysis, []));
  }
  for (const [name, ms] of times) best.set(name, Math.min(best.get(name) ?? Infinity, ms));
}

const total = [...best.values()].reduce((sum, ms) => sum + ms, 0);
console.log(`${total.toFixed(0)} ms in all for ${texts.length} plans`);
for (const [name, ms] of [...best].sort((a, b) => b[1] - a[1]).slice(0, 20))
  console.log(`${ms.toFixed(1).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
