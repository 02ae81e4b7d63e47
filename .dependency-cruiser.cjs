// Layer rules of Dossier (see README "Architecture").
// Do not relax these rules; change the architecture instead.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-a-leaf',
      comment: 'main/shared holds the contract: it may import nothing but a schema library.',
      severity: 'error',
      from: { path: '^main/shared/' },
      to: { pathNot: ['^main/shared/', 'node_modules/zod/'] },
    },
    {
      name: 'core-knows-no-transport',
      comment: 'main/core is the engine: no Electron, no React, no transports, no shell.',
      severity: 'error',
      from: { path: '^main/core/' },
      to: {
        path: [
          'node_modules/electron/',
          'node_modules/react',
          '^main/(ipc|preload|host|cli|shell)/',
          '^renderer/',
        ],
      },
    },
    {
      name: 'electron-only-in-shell-ipc-preload',
      comment: 'Only main/shell, main/ipc and main/preload (and main/index.ts) may touch Electron.',
      severity: 'error',
      from: { path: '^(main/(core|shared|host|cli)|renderer)/' },
      to: { path: ['^electron$', 'node_modules/electron/'] },
    },
    {
      name: 'ipc-and-preload-use-contract',
      comment: 'Electron transport: shared, and (ipc only) core through its public index.ts.',
      severity: 'error',
      from: { path: '^main/(ipc|preload)/' },
      to: { path: '^main/(host|cli|shell)/|^renderer/|^main/core/(?!index\\.ts$)' },
    },
    {
      name: 'preload-no-core',
      severity: 'error',
      from: { path: '^main/preload/' },
      to: { path: '^main/core/' },
    },
    {
      name: 'host-uses-core-and-shared',
      severity: 'error',
      from: { path: '^main/host/' },
      to: { path: '^main/(ipc|preload|cli|shell)/|^renderer/' },
    },
    {
      name: 'cli-uses-core-shared-host',
      severity: 'error',
      from: { path: '^main/cli/' },
      to: { path: '^main/(ipc|preload|shell)/|^renderer/' },
    },
    {
      name: 'renderer-imports-only-shared-types',
      comment: 'The renderer reaches main/ only through `import type` of main/shared.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^main/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'renderer-no-main-beyond-shared',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^main/(?!shared/)' },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'store-knows-no-related-policy',
      comment:
        "main/core/store keeps the related-story rows; which counts to watch is the related layer's policy, passed in (issue 6).",
      severity: 'error',
      from: { path: '^main/core/store/' },
      to: { path: '^main/core/related/' },
    },
    {
      name: 'app-never-imports-tests',
      severity: 'error',
      from: { path: '^(main|renderer)/' },
      to: { path: '^test/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^(main|renderer)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^out/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'test/tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
