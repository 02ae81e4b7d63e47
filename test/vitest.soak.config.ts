// `npm run test:soak`: the kill test of issue 7 at the size the issue asks for (1,000 files, 20
// SIGKILLs). Kept out of `npm test`, whose kill test runs the same code with 160 files.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

/** How many files the soak imports (the kill test reads DOSSIER_SOAK_FILES); overridable for a trial run. */
const soakFiles = process.env.DOSSIER_SOAK_FILES ?? '1000';

export default defineConfig({
  // Spread rather than mergeConfig, which would append this include to the base's and run every test.
  test: {
    ...base.test,
    include: ['test/unit/durability/kill-during-import.test.ts'],
    env: { DOSSIER_SOAK_FILES: soakFiles },
  },
});
