import type { SavedFile, SavedFileStore } from './engine/saved-file-store';

/**
 * Files the user loaded, kept in the browser's origin-private file system (OPFS) so the data survives a reload until
 * "Clear all data". The original bytes are kept, not the database: re-loading them runs the same validation again.
 */
const FOLDER = 'grip-loaded-files';

async function folder(): Promise<FileSystemDirectoryHandle | null> {
  if (!('storage' in navigator) || !navigator.storage.getDirectory) return null;
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle(FOLDER, { create: true });
}

/** OPFS names cannot hold '/', so each file is stored under its index with the original path in a manifest. */
export async function saveFiles(files: SavedFile[]): Promise<void> {
  const dir = await folder();
  if (!dir) return;
  const manifest = await readManifest(dir);
  for (const file of files) {
    const name = `file-${manifest.length}`;
    const handle = await dir.getFileHandle(name, { create: true });
    const writable = await handle.createWritable();
    await writable.write(file.bytes as Uint8Array<ArrayBuffer>);
    await writable.close();
    manifest.push({ name, path: file.path });
  }
  await writeManifest(dir, manifest);
}

/** Cheap check, usable from the page: are there saved files to load instead of the demo? */
export async function hasSavedFiles(): Promise<boolean> {
  try {
    const dir = await folder();
    return dir !== null && (await readManifest(dir)).length > 0;
  } catch {
    return false;
  }
}

export async function loadSavedFiles(): Promise<SavedFile[]> {
  const dir = await folder();
  if (!dir) return [];
  const files: SavedFile[] = [];
  for (const entry of await readManifest(dir)) {
    const file = await (await dir.getFileHandle(entry.name)).getFile();
    files.push({ path: entry.path, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return files;
}

/** Forgets saved files by their original path (used for files that turned out not to load). */
export async function forgetSavedFiles(paths: string[]): Promise<void> {
  const dir = await folder();
  if (!dir || paths.length === 0) return;
  const manifest = await readManifest(dir);
  for (const entry of manifest.filter((e) => paths.includes(e.path)))
    await dir.removeEntry(entry.name).catch(() => undefined);
  await writeManifest(
    dir,
    manifest.filter((e) => !paths.includes(e.path)),
  );
}

export async function clearSavedFiles(): Promise<void> {
  if (!('storage' in navigator) || !navigator.storage.getDirectory) return;
  const root = await navigator.storage.getDirectory();
  await root.removeEntry(FOLDER, { recursive: true }).catch(() => undefined);
}

/**
 * The analyst's own documents (the GRIP hotspot sets) live in a folder of their own, which "Clear all data" (which
 * removes FOLDER) leaves alone.
 */
const DOCUMENTS_FOLDER = 'grip-documents';

async function documentsFolder(): Promise<FileSystemDirectoryHandle | null> {
  if (!('storage' in navigator) || !navigator.storage.getDirectory) return null;
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle(DOCUMENTS_FOLDER, { create: true });
}

export async function readDocument(name: string): Promise<string | null> {
  const dir = await documentsFolder();
  if (!dir) return null;
  try {
    return await (await (await dir.getFileHandle(name)).getFile()).text();
  } catch {
    return null; // not written yet
  }
}

/** Written whole (a few kB); createWritable keeps the old file until close(), so a failed write loses nothing. */
export async function writeDocument(name: string, text: string): Promise<void> {
  const dir = await documentsFolder();
  if (!dir) return;
  const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
  await writable.write(text);
  await writable.close();
}

type Manifest = { name: string; path: string }[];

async function readManifest(dir: FileSystemDirectoryHandle): Promise<Manifest> {
  try {
    const file = await (await dir.getFileHandle('manifest.json')).getFile();
    return JSON.parse(await file.text()) as Manifest;
  } catch {
    return [];
  }
}

async function writeManifest(dir: FileSystemDirectoryHandle, manifest: Manifest): Promise<void> {
  const writable = await (await dir.getFileHandle('manifest.json', { create: true })).createWritable();
  await writable.write(JSON.stringify(manifest));
  await writable.close();
}

/** The browser's store for loaded files. */
export const opfsFileStore: SavedFileStore = {
  save: saveFiles,
  load: loadSavedFiles,
  forget: forgetSavedFiles,
  clear: clearSavedFiles,
  readDocument,
  writeDocument,
};
