// next/jest compiles TypeScript with SWC: ts-jest does not work with TypeScript 7 (no JS compiler API).
const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: './' });

const unit = {
  displayName: 'unit',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/__tests__/**/*.test.{ts,tsx}'],
  setupFilesAfterEnv: ['<rootDir>/__tests__/setup.ts'],
  moduleNameMapper: {
    // jsdom has no WebGL and maplibre-gl is ESM-only: units get a small mock, real rendering is tested in e2e/.
    '^maplibre-gl$': '<rootDir>/__tests__/__mocks__/maplibre-gl.ts',
    '^@/(.*)$': '<rootDir>/$1',
  },
};

const e2e = {
  displayName: 'e2e',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/e2e/**/*.test.ts'],
  globalSetup: '<rootDir>/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/global-teardown.ts',
  testTimeout: 120000,
};

module.exports = async () => ({
  projects: [await createJestConfig(unit)(), await createJestConfig(e2e)()],
});
