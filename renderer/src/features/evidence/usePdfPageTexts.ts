import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import type { PageText } from './pdfSearch';
import { pageText } from './pdfSearch';
import type { AsyncState } from './useAsync';
import { useAsync } from './useAsync';

function isTextItem(item: TextItem | TextMarkedContent): item is TextItem {
  return 'str' in item;
}

/**
 * The text of every page, for search. Only read once someone searches
 * (`enabled`), one page at a time.
 */
export function usePdfPageTexts(
  doc: PDFDocumentProxy,
  key: string,
  enabled: boolean,
): AsyncState<readonly PageText[]> {
  return useAsync(enabled ? key : '', async (signal) => {
    if (!enabled) return [];
    const pages: PageText[] = [];
    for (let number = 1; number <= doc.numPages; number += 1) {
      if (signal.aborted) break;
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      pages.push(pageText(number, content.items.filter(isTextItem)));
    }
    return pages;
  });
}
