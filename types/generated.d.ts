// Written by geo/cli/prepare-build.ts before a build or the preview; typed here so that a fresh
// clone type-checks before anything has been generated.
declare module '@/geo/generated/content-version.json' {
  const value: { version: number };
  export default value;
}
