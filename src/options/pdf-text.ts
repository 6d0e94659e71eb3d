// Text from a PDF file, extracted on this device with pdf.js (pdfjs-dist). Loaded only when a person
// opens a PDF on the options page; the worker script ships inside the extension, and nothing is fetched.
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

export const MAX_PDF_BYTES = 20 * 1024 * 1024;
const MAX_PAGES = 300;

export async function pdfText(file: File): Promise<string> {
  if (file.size > MAX_PDF_BYTES)
    throw new Error(`The PDF is ${Math.ceil(file.size / 1024 / 1024)} MB; Sightline reads PDFs up to 20 MB.`);
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url).href;
  const data = new Uint8Array(await file.arrayBuffer());
  let document;
  try {
    document = await pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false })
      .promise;
  } catch (error) {
    throw new Error(`This file could not be read as a PDF (${(error as Error).message}).`);
  }
  const pages: string[] = [];
  for (let n = 1; n <= Math.min(document.numPages, MAX_PAGES); n++) {
    const content = await (await document.getPage(n)).getTextContent();
    // Items carry their own line ends; join them back into the sentences the suggester reads.
    pages.push(
      content.items.map((item) => ((item as TextItem).str ?? '') + ((item as TextItem).hasEOL ? '\n' : '')).join(''),
    );
  }
  await document.destroy();
  return pages.join('\n\n');
}
