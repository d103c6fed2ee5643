// The layers of src/ (see DESIGN: "Imports only go down this list's layers"), lowest first. A
// module may import from its own layer and the layers below it, never from a layer above. Folders
// that do not exist yet (render, cli on some branches) are listed so that their rules hold as soon
// as they do.
const LAYERS = [
  ['format'],
  ['findings'],
  ['model'],
  ['check', 'interchange', 'schema', 'cases'],
  ['rollup', 'diff', 'parse'],
  ['render'],
  ['cli'],
];

const folder = (name) => `^src/${name}/`;
const any = (names) => `^src/(${names.join('|')})/`;

/** For each layer, the rule that it imports nothing from the layers above it. */
const upward = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `no-upward-import-from-${layer.join('-')}`,
  comment: `${layer.join(', ')} may not import from ${LAYERS.slice(i + 1).flat().join(', ')}: imports only go down the layers`,
  severity: 'error',
  from: { path: any(layer) },
  to: { path: any(LAYERS.slice(i + 1).flat()) },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-circular',
      comment: 'modules do not import each other in a circle (type-only imports included)',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'pure-library',
      comment: 'everything under src/ but the command line is pure: no Node built-ins',
      severity: 'error',
      from: { path: '^src/', pathNot: folder('cli') },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-unresolvable',
      comment: 'every import resolves',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(tests|bench|scripts|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.src.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
