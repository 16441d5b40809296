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
  setupFilesAfterEnv: ['<rootDir>/e2e/setup.ts'],
};

// The unified/remark/rehype family ships ESM only: let SWC compile it for jest.
const ESM_PACKAGES = [
  'unified', 'bail', 'trough', 'devlop', 'is-plain-obj', 'vfile.*', 'unist-.*', 'mdast-.*', 'micromark.*',
  'decode-named-character-reference', 'character-entities.*', 'character-reference-invalid', 'hast.*', 'property-information',
  'space-separated-tokens', 'comma-separated-tokens', 'zwitch', 'html-void-elements', 'ccount', 'stringify-entities',
  'trim-lines', 'longest-streak', 'web-namespaces', 'remark-.*', 'rehype-.*', 'estree-.*', 'html-url-attributes',
  'is-absolute-url', 'd3-.*', 'internmap', 'escape-string-regexp', 'markdown-table', 'is-alphanumerical', 'is-alphabetical', 'is-decimal', 'is-hexadecimal',
];
const allowEsm = (config) => ({
  ...config,
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
});

module.exports = async () => ({
  projects: [allowEsm(await createJestConfig(unit)()), await createJestConfig(e2e)()],
});
