/**
 * Prints an HTML page to PDF. Electron's webContents.printToPDF in a hidden window in the app
 * (src/main/window/electronPdfPrinter.ts); in the e2e harness, the same page printed by the
 * Chromium the test drives (page.pdf over CDP) — a real printer either way.
 */
export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>
}
