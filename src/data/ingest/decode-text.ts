export interface IngestProblem {
  file: string;
  row?: number;
  reason: string;
  message: string;
}

/**
 * A file's text and what is parsed from it must fit in the tab next to what is already loaded (DuckDB-WASM's heap is
 * 32-bit, 4 GiB); 1M police.uk rows (~200 MB) load in Chromium here, so one file is capped at 512 MiB (~2.5M rows).
 */
export const MAX_FILE_BYTES = 512 * 1024 ** 2;

/** `size`: a byte length or the bytes themselves (the browser checks File.size before reading anything). */
export function checkFileSize(
  fileName: string,
  size: number | Uint8Array,
  limitBytes = MAX_FILE_BYTES,
): IngestProblem | null {
  const sizeBytes = typeof size === 'number' ? size : size.length;
  if (sizeBytes <= limitBytes) return null;
  const mb = (n: number) => `${Math.round(n / 1024 ** 2).toLocaleString('en-GB')} MB`;
  return {
    file: fileName,
    reason: 'file-too-large',
    message: `${fileName} is ${mb(sizeBytes)}, over the ${mb(limitBytes)} a browser tab can load in one file: split it (e.g. by month) and load the parts.`,
  };
}

/**
 * A CSV as UTF-8 bytes for DuckDB plus its decoded head (enough for the header line), whatever its encoding mark;
 * refuses files that are not text at all, saying what they look like. Only UTF-16 is converted in full: decoding a
 * 200 MB UTF-8 file to a string just to read its header would cost as much as loading it.
 */
type Decoded = { ok: true; utf8: Uint8Array; head: string; notes: string[] } | { ok: false; problem: IngestProblem };

const HEAD_BYTES = 64 * 1024;

export function decodeCsvBytes(fileName: string, bytes: Uint8Array): Decoded {
  const fail = (reason: string, message: string): Decoded => ({
    ok: false,
    problem: { file: fileName, reason, message },
  });
  if (bytes.length === 0) return fail('empty-file', `${fileName} is empty (0 bytes): nothing to load.`);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    return fail(
      'not-csv',
      `${fileName} is a zip archive (or an Excel .xlsx, which is one): give it a .zip name to load the CSVs inside, or save the sheet as CSV.`,
    );
  }
  const notes: string[] = [];
  let utf8: Uint8Array;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    utf8 = new TextEncoder().encode(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
    notes.push(`${fileName} is UTF-16 (little-endian) text: converted to UTF-8.`);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    utf8 = new TextEncoder().encode(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
    notes.push(`${fileName} is UTF-16 (big-endian) text: converted to UTF-8.`);
  } else {
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    if (bytes.subarray(0, Math.min(bytes.length, 4096)).includes(0)) {
      return fail(
        'not-text',
        `${fileName} is not a text file (it contains binary bytes): save it as CSV and load that.`,
      );
    }
    utf8 = hasBom ? bytes.subarray(3) : bytes;
    if (hasBom) notes.push(`${fileName} starts with a byte-order mark (Excel's UTF-8 CSV): removed.`);
  }
  // A cut in the middle of a multi-byte character only garbles the end of the head, never the header line.
  const head = new TextDecoder('utf-8').decode(utf8.subarray(0, HEAD_BYTES));
  const firstBreak = head.search(/\r?\n/);
  const afterHeader = firstBreak < 0 ? '' : head.slice(firstBreak).trim();
  if (head.trim() === '') return fail('empty-file', `${fileName} holds only blank lines: nothing to load.`);
  if (afterHeader === '' && utf8.length <= HEAD_BYTES) notes.push(`${fileName} has a header but no data rows.`);
  return { ok: true, utf8, head, notes };
}
