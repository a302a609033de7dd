// Bundles the extension client, the language server, the CLI and the webviews' scripts with esbuild, and copies
// the webviews' styles and the map's country borders into dist/media. `--production` minifies; `--watch` rebuilds.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');

/**
 * Large JSON data (country borders, vocabularies) as `JSON.parse` of a string: V8 reads JSON several times faster
 * than the same data written as a JavaScript object literal, which is what a bundler emits by default.
 */
const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (text.length < 10_000) return undefined;
      return {
        contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`,
        loader: 'js',
      };
    });
  },
};
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  plugins: [jsonAsParse],
};
const node = { ...common, platform: 'node', target: 'node20', format: 'cjs', outdir: 'dist' };
const browser = { ...common, platform: 'browser', target: 'es2022', format: 'iife', outdir: 'dist/media' };

const builds = [
  { ...node, entryPoints: { client: 'client/src/extension.ts' }, external: ['vscode'] },
  { ...node, entryPoints: { server: 'server/src/server.ts' } },
  { ...node, entryPoints: { cli: 'server/src/cli.ts' }, banner: { js: '#!/usr/bin/env node' } },
  {
    ...browser,
    entryPoints: {
      preview: 'client/media/preview.ts',
      map: 'client/media/map.ts',
      portfolio: 'client/media/portfolio.ts',
    },
  },
  // vscode.dev and github.dev: the client in the browser's extension host, the server in a web worker.
  {
    ...common,
    platform: 'browser',
    target: 'es2022',
    format: 'cjs',
    outdir: 'dist/web',
    entryPoints: { client: 'client/src/browserExtension.ts' },
    external: ['vscode'],
  },
  {
    ...common,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    outdir: 'dist/web',
    entryPoints: { server: 'server/src/browserServer.ts' },
  },
];

const assets = [
  ['client/media/preview.css', 'dist/media/preview.css'],
  ['client/media/map.css', 'dist/media/map.css'],
  ['client/media/portfolio.css', 'dist/media/portfolio.css'],
  ['client/media/markdown-preview.css', 'dist/media/markdown-preview.css'],
  ['node_modules/leaflet/dist/leaflet.css', 'dist/media/leaflet.css'],
  ['node_modules/world-atlas/countries-50m.json', 'dist/media/countries-50m.json'],
];

await mkdir('dist/media', { recursive: true });
await Promise.all(assets.map(([from, to]) => copyFile(from, to)));
await writeFile(
  'dist/media/ATTRIBUTION.txt',
  'Country borders: Natural Earth (public domain), via world-atlas (ISC). Map: Leaflet (BSD-2-Clause).\n',
);

const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
}
