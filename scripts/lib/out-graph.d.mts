/** Types for out-graph.mjs (the scripts are plain JavaScript run by node; tests import them from TypeScript). */
export interface OutFile {
  path: string;
  bytes: number;
  /** The file's text, or null for binary files. */
  text: string | null;
}
export interface AssetRegistration {
  id: string;
  url: string;
  start: number;
  end: number;
}
export interface DeadRegistration extends AssetRegistration {
  file: string;
  onlyInWorkerFallback: boolean;
}
export interface Mention {
  from: string;
  offset: number;
  dead: boolean;
  fallback: boolean;
}
export type ReferenceGraph = Map<string, Mention[]>;
export const TEXT_FILE: RegExp;
export const COMPRESSED: RegExp;
export const PRUNE_CANDIDATE: RegExp;
export function referenceNames(paths: string[]): Map<string, string>;
export function mentionsOf(text: string, name: string): number[];
export function turbopackAssets(text: string): AssetRegistration[];
export function insideWorkerUrlFallback(text: string, offset: number): boolean;
export function appSetsWorkerUrl(files: OutFile[]): boolean;
export function deadAssetRegistrations(files: OutFile[]): DeadRegistration[];
export function referenceGraph(files: OutFile[], dead?: DeadRegistration[]): ReferenceGraph;
export function unusedFiles(files: OutFile[], graph?: ReferenceGraph): { path: string; bytes: number; reason: string }[];
export function isEntry(path: string): boolean;
export function reachable(roots: string[], graph: ReferenceGraph, follow?: (path: string) => boolean): Set<string>;
