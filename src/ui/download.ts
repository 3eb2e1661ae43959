/** Saves a Blob as a file through a temporary object URL (the CSP allows blob:; nothing leaves the browser). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click's task is over.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const downloadText = (text: string, fileName: string, type: string): void =>
  downloadBlob(new Blob([text], { type }), fileName);
