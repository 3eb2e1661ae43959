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
  /** Forgets every saved file; documents are kept. */
  clear(): Promise<void>;
  /**
   * Small documents of the analyst's own work (the GRIP hotspot sets), kept beside the files but not cleared with
   * them: null when there is none by that name.
   */
  readDocument(name: string): Promise<string | null>;
  writeDocument(name: string, text: string): Promise<void>;
}

/** Keeps saved files for as long as the process runs: two sessions on one store see the same files. */
export class MemoryFileStore implements SavedFileStore {
  private files: SavedFile[] = [];
  private readonly documents = new Map<string, string>();

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

  async readDocument(name: string): Promise<string | null> {
    return this.documents.get(name) ?? null;
  }

  async writeDocument(name: string, text: string): Promise<void> {
    this.documents.set(name, text);
  }
}
