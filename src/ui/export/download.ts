/**
 * Saving a file the app made: a Blob handed to the browser's download through an `<a download>`
 * click. The object URL is revoked a moment later (revoking at once can cancel the download in
 * some browsers).
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
