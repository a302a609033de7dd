import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyzeText,
  checkDocument,
  RULES,
  resolveSettings,
  indexEntry,
} from '../server/src/service/internals';
import { readiness } from '../server/src/service/features/readiness';
const dir = 'bench/work/plans-1000';
const texts = readdirSync(dir).map((n) => readFileSync(join(dir, n), 'utf8'));
const settings = resolveSettings({}, { currentYear: 2026 });
const times = new Map<string, number>();
const t = (k: string, f: () => unknown) => {
  const s = performance.now();
  const r = f();
  times.set(k, (times.get(k) ?? 0) + performance.now() - s);
  return r;
};
for (let round = 0; round < 3; round++) {
  times.clear();
  for (const text of texts) {
    const a = t('analyze', () => analyzeText(text)) as ReturnType<typeof analyzeText>;
    for (const rule of RULES) {
      if (!rule.kinds.includes(a.doc.kind)) continue;
      t(rule.id + ' ' + rule.name, () =>
        rule.check({ ...a, settings, t: settings.t, report: () => undefined }),
      );
    }
    t('checkDocument(all)', () => checkDocument(a, settings));
    t('indexEntry', () => indexEntry('file:///x', a));
    t('readiness', () => readiness(a, []));
  }
}
const total = [...times].filter(([k]) => k !== 'checkDocument(all)').reduce((a, [, b]) => a + b, 0);
console.log('total (rules individually + analyze + entry + readiness)', total.toFixed(0));
for (const [k, v] of [...times].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(v.toFixed(1).padStart(8), k);
