export default async function globalTeardown() {
  (globalThis as { __stopServer?: () => void }).__stopServer?.();
}
