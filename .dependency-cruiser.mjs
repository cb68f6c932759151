// The layering of src/, checked by CI (`npm run depcruise`). docs/architecture.md describes it; this
// file is its source of truth. Layers, bottom to top — a module may import its own layer and the
// ones below it, never one above:
//   1 base      settings.ts (types only), interface.ts, models.ts, rules.ts, errors.ts, lib/
//   2 adapters  io/, aws/, github/
//   3 dataset   dataset/ (the validator: runs on forks too, reaches neither AWS nor GitHub)
//   4 context   deps.ts (what the phases are handed: clients, clock, the run's pipeline), services.ts (the adapters, built once)
//   5 domain    pricing/, training/, evaluation/, registry/, preflight/ (doctor's checks), monitor/ (monitor's measures)
//   6 report    report/
//   7 commands  commands/
//   8 shell     main.ts, inputs.ts, input-values.ts, action.ts, cli.ts, index.ts, bin/
const BASE = '^src/(settings|interface|models|rules|errors)[.]ts$|^src/lib/';
const ADAPTERS = '^src/(io|aws|github)/';
const DATASET = '^src/dataset/';
const CONTEXT = '^src/(deps|services)[.]ts$';
const DOMAIN = '^src/(pricing|training|evaluation|registry|preflight|monitor)/';
const REPORT = '^src/report/';
const COMMANDS = '^src/commands/';
const SHELL = '^src/(main|inputs|input-values|action|cli|index)[.]ts$|^src/bin/';

const above = (...layers) => ({ path: layers.join('|') });

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No cycles, type-only imports included: a cycle makes the order of the layers meaningless.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'settings-is-a-leaf',
      severity: 'error',
      comment: 'The Settings type imports nothing but other leaf types: parsing is the shell’s job (inputs.ts).',
      from: { path: '^src/settings[.]ts$' },
      to: { pathNot: '^src/(interface|models|rules)[.]ts$' },
    },
    {
      name: 'base-imports-only-base',
      severity: 'error',
      comment: 'settings, the catalogs, errors and lib/ are the bottom layer.',
      from: { path: BASE },
      to: above(ADAPTERS, DATASET, CONTEXT, DOMAIN, REPORT, COMMANDS, SHELL),
    },
    {
      name: 'adapters-below-the-domain',
      severity: 'error',
      comment: 'io/, aws/ and github/ speak to the outside world; they know nothing of phases, reports or commands.',
      from: { path: ADAPTERS },
      to: above(DATASET, CONTEXT, DOMAIN, REPORT, COMMANDS, SHELL),
    },
    {
      name: 'context-below-the-domain',
      severity: 'error',
      from: { path: CONTEXT },
      to: above(DOMAIN, REPORT, COMMANDS, SHELL),
    },
    {
      name: 'domain-below-report-and-commands',
      severity: 'error',
      comment: 'The phases compute; the report presents and the commands orchestrate.',
      from: { path: DOMAIN },
      to: above(REPORT, COMMANDS, SHELL),
    },
    {
      name: 'report-below-commands',
      severity: 'error',
      from: { path: REPORT },
      to: above(COMMANDS, SHELL),
    },
    {
      name: 'commands-below-the-shell',
      severity: 'error',
      from: { path: COMMANDS },
      to: above(SHELL),
    },
    {
      name: 'commands-build-no-adapter',
      severity: 'error',
      comment:
        'Commands name steps: the AWS adapters are built once below them (services.ts) and handed down in the Session.',
      from: { path: COMMANDS },
      to: { path: '^src/aws/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'dataset-reaches-no-service',
      severity: 'error',
      comment: 'The validator runs on every pull request, forks included: it never reaches AWS or GitHub.',
      from: { path: DATASET },
      to: { path: '^src/(aws|github)/' },
    },
    {
      name: 'dataset-below-the-phases',
      severity: 'error',
      from: { path: DATASET },
      to: above(CONTEXT, DOMAIN, REPORT, COMMANDS, SHELL),
    },
    {
      name: 'no-reaching-into-packages',
      severity: 'error',
      comment: 'Import a package by its public entry, never by a relative path into node_modules (around its exports).',
      from: { path: '^src/' },
      to: { path: 'node_modules/', dependencyTypes: ['local'] },
    },
    {
      name: 'src-does-not-import-tests-or-tools',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(__tests__|sandbox|scripts|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
