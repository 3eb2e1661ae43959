/** A file the analyst loaded, kept so the data survive a reload until "Clear all data". */
export interface SavedFile {
  path: string;
  bytes: Uint8Array;
}

/** Where loaded files are kept: the browser's origin-private file system, or memory (Node, tests). */
export interface SavedFileStore {
  save(files: SavedFile[]): Promise<void>;
  load(): Promise<SavedFile[]>;
  /** Forgets files by their original path (files that turned out not to load). */
  forget(paths: string[]): Promise<void>;
  clear(): Promise<void>;
}

/** Keeps saved files for as long as the process runs: two sessions on one store see the same files. */
export class MemoryFileStore implements SavedFileStore {
  private files: SavedFile[] = [];

  async save(files: SavedFile[]): Promise<void> {
    this.files.push(...files.map((f) => ({ path: f.path, bytes: f.bytes.slice() })));
  }

  async load(): Promise<SavedFile[]> {
    return this.files.map((f) => ({ path: f.path, bytes: f.bytes.slice() }));
  }

  async forget(paths: string[]): Promise<void> {
    this.files = this.files.filter((f) => !paths.includes(f.path));
  }

  async clear(): Promise<void> {
    this.files = [];
  }
}
