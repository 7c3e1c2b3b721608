/** Hands a file to the browser's download manager (a blob: link, clicked, then released). */
export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The download has started by the next tasks; the blob is released after it.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
