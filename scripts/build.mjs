// Bundles the extension client, the language server, the CLI and the webviews' scripts with esbuild, copies the
// webviews' styles and the map's country borders into dist/media, and writes the SDG chips' stylesheet from the
// vocabulary's list of goals. `--production` minifies; `--watch` rebuilds.
import { chmod, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');

/**
 * Large JSON data (country borders, vocabularies) as `JSON.parse` of a string: V8 reads JSON several times faster
 * than the same data written as a JavaScript object literal, which is what a bundler emits by default. An object of
 * a few parts is parsed on first use of one of them.
 */
const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (text.length < 10_000) return undefined;
      const value = JSON.parse(text);
      const literal = JSON.stringify(JSON.stringify(value));
      const keys = value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
      if (keys.length === 0 || keys.length > 16)
        return { contents: `module.exports = JSON.parse(${literal});`, loader: 'js' };
      // An object of a few large parts (the borders, the countries): parsed when a part is first read, so that
      // a run that never reads it (the server answering `initialize`, `--version`) does not pay for it.
      const getters = keys
        .map(
          (key) => `${JSON.stringify(key)}: { enumerable: true, get: () => load()[${JSON.stringify(key)}] }`,
        )
        .join(',\n');
      return {
        contents:
          `let parsed;\nconst load = () => (parsed ??= JSON.parse(${literal}));\n` +
          `module.exports = Object.defineProperties({}, {\n${getters}\n});`,
        loader: 'js',
      };
    });
  },
};
const watch = process.argv.includes('--watch');

/**
 * The extension's client takes a few small functions from the language service (the tag parser, the SDGs' names);
 * marking the service's modules free of side effects lets esbuild leave out the rest of it (the rules, the
 * borders, the vocabularies' data the client never reads), which the client would otherwise load at activation.
 */
const serviceWithoutSideEffects = {
  name: 'service-without-side-effects',
  setup(build) {
    build.onResolve({ filter: /^\./ }, async (args) => {
      if (args.pluginData?.resolving) return undefined;
      const result = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { resolving: true },
      });
      if (result.errors.length > 0 || !/[\\/]server[\\/]src[\\/]service[\\/]/.test(result.path))
        return undefined;
      return { ...result, sideEffects: false };
    });
  },
};

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
  {
    ...node,
    entryPoints: { client: 'client/src/extension.ts' },
    external: ['vscode'],
    plugins: [serviceWithoutSideEffects, jsonAsParse],
  },
  // The server and the command line are bundled to *-bundle.js, started by a small loader through V8's code cache.
  { ...node, entryPoints: { 'server-bundle': 'server/src/server.ts' } },
  { ...node, entryPoints: { 'cli-bundle': 'server/src/cli.ts' } },
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
    plugins: [serviceWithoutSideEffects, jsonAsParse],
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

/**
 * The SDG chips' stylesheet, generated from the goals' official colours in the vocabulary's data (their one
 * source): the generator is TypeScript, bundled here for Node and run once.
 */
async function sdgColoursCss() {
  const result = await esbuild.build({
    stdin: {
      contents:
        "export { sdgStylesheet } from './client/src/panels/sdgStyles';\n" +
        "export { default as goals } from './server/src/service/vocab/data/sdgs.json';\n",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const source = Buffer.from(result.outputFiles[0].text).toString('base64');
  const module = await import(`data:text/javascript;base64,${source}`);
  return module.sdgStylesheet(module.goals);
}

const assets = [
  ['client/media/preview.css', 'dist/media/preview.css'],
  ['client/media/map.css', 'dist/media/map.css'],
  ['client/media/portfolio.css', 'dist/media/portfolio.css'],
  ['client/media/markdown-preview.css', 'dist/media/markdown-preview.css'],
  ['node_modules/leaflet/dist/leaflet.css', 'dist/media/leaflet.css'],
  ['node_modules/leaflet.markercluster/dist/MarkerCluster.css', 'dist/media/MarkerCluster.css'],
  ['node_modules/world-atlas/countries-50m.json', 'dist/media/countries-50m.json'],
];

await mkdir('dist/media', { recursive: true });
await Promise.all(assets.map(([from, to]) => copyFile(from, to)));
await writeFile('dist/media/sdg-colours.css', await sdgColoursCss());
/** The licences of what the map's bundle holds, whose terms ask that their notices travel with it. */
const mapLicences = [
  ['Leaflet', 'node_modules/leaflet/LICENSE'],
  ['Leaflet.markercluster', 'node_modules/leaflet.markercluster/MIT-LICENCE.txt'],
  ['topojson-client', 'node_modules/topojson-client/LICENSE'],
  ['world-atlas', 'node_modules/world-atlas/LICENSE'],
];
const licenceTexts = await Promise.all(
  mapLicences.map(async ([name, path]) => `--- ${name} ---\n${(await readFile(path, 'utf8')).trim()}\n`),
);
await writeFile(
  'dist/media/ATTRIBUTION.txt',
  [
    'Country borders: Natural Earth (public domain), via world-atlas (ISC). Map: Leaflet (BSD-2-Clause). ' +
      'Clusters: Leaflet.markercluster (MIT). SDG colours: United Nations SDG communications guidelines.\n',
    ...licenceTexts,
  ].join('\n'),
);

/** dist/server.js and dist/cli.js: each starts its bundle through V8's code cache (scripts/codeCacheLoader.cjs). */
const loader = await readFile('scripts/codeCacheLoader.cjs', 'utf8');
await writeFile('dist/server.js', loader.replace("'BUNDLE'", "'server-bundle.js'"));
await writeFile('dist/cli.js', `#!/usr/bin/env node\n${loader.replace("'BUNDLE'", "'cli-bundle.js'")}`);
await chmod('dist/cli.js', 0o755);

const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
}
