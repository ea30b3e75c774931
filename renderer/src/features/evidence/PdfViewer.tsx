import { Stack } from '@mantine/core';
import { useDebouncedValue, useElementSize, useMergedRef } from '@mantine/hooks';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useMemo, useRef, useState } from 'react';
import { evidenceErrorMessage } from './fetchEvidence';
import type { PdfZoom } from './PdfPage';
import { CSS_UNITS, PdfPage } from './PdfPage';
import type { PageText } from './pdfSearch';
import { describeMatch, findMatches, rangesInItems } from './pdfSearch';
import { PdfSearchBar } from './PdfSearchBar';
import { PdfToolbar } from './PdfToolbar';
import classes from './PdfViewer.module.css';
import type { PdfModule } from './usePdfDocument';
import { usePdfDocument } from './usePdfDocument';
import { usePdfPageTexts } from './usePdfPageTexts';
import { ViewerError } from './ViewerError';
import { ViewerLoading } from './ViewerLoading';

export interface PdfViewerProps {
  readonly src: string;
  readonly fileName: string;
}

const NO_PAGES: readonly PageText[] = [];
const MIN_SCALE = 0.25 * CSS_UNITS;
const MAX_SCALE = 5 * CSS_UNITS;

function pdfErrorMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException')
    return 'This PDF is protected by a password and cannot be shown.';
  if (name === 'InvalidPDFException') return 'This file is not a readable PDF. It may be damaged.';
  return evidenceErrorMessage(error, 'This PDF could not be opened. It may be damaged.');
}

export function PdfViewer({ src, fileName }: PdfViewerProps) {
  const state = usePdfDocument(src);
  if (state.status === 'loading') return <ViewerLoading label={`Opening ${fileName}…`} />;
  if (state.status === 'error') return <ViewerError message={pdfErrorMessage(state.error)} />;
  return <PdfDocumentView key={src} {...state.value} src={src} fileName={fileName} />;
}

interface PdfDocumentViewProps {
  readonly doc: PDFDocumentProxy;
  readonly pdfjs: PdfModule;
  readonly src: string;
  readonly fileName: string;
}

function PdfDocumentView({ doc, pdfjs, src, fileName }: PdfDocumentViewProps) {
  const pageCount = doc.numPages;
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState<PdfZoom>({ fit: true });
  const [scale, setScale] = useState(CSS_UNITS);
  const [query, setQuery] = useState('');
  const [searched] = useDebouncedValue(query.trim(), 250);
  const [cursor, setCursor] = useState({ query: '', index: 0 });
  const [jumpedFor, setJumpedFor] = useState('');
  const { ref: sizeRef, width } = useElementSize<HTMLDivElement>();
  const scroller = useRef<HTMLDivElement>(null);
  const viewportRef = useMergedRef(sizeRef, scroller);

  const texts = usePdfPageTexts(doc, src, searched !== '');
  const pages = texts.status === 'ready' ? texts.value : NO_PAGES;
  const matches = useMemo(() => findMatches(pages, searched), [pages, searched]);
  const index = cursor.query === searched ? cursor.index : 0;
  const active = matches[index];

  const goToPage = (next: number) => {
    setPage(next);
    scroller.current?.scrollTo({ top: 0 });
  };

  // A new search shows its first match (state adjusted while rendering, not in an effect).
  const firstMatch = matches[0];
  if (searched !== jumpedFor && texts.status === 'ready') {
    setJumpedFor(searched);
    if (firstMatch !== undefined && firstMatch.page !== page) setPage(firstMatch.page);
  }

  const step = (delta: number) => {
    if (matches.length === 0) return;
    const next = (index + delta + matches.length) % matches.length;
    setCursor({ query: searched, index: next });
    const match = matches[next];
    if (match !== undefined && match.page !== page) setPage(match.page);
  };

  const pageTextNow = pages[page - 1];
  const onPage = useMemo(() => {
    if (pageTextNow === undefined) return { ranges: [], current: -1 };
    const here = matches.filter((match) => match.page === page);
    return {
      ranges: here.map((match) => rangesInItems(pageTextNow, match)),
      current: active === undefined ? -1 : here.indexOf(active),
    };
  }, [matches, page, pageTextNow, active]);

  const zoomBy = (factor: number) =>
    setZoom({ fit: false, scale: Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale * factor)) });

  const searching = searched !== '' && texts.status === 'loading';
  return (
    <Stack gap="xs">
      <PdfToolbar
        page={page}
        pageCount={pageCount}
        onPage={goToPage}
        percent={Math.round((scale / CSS_UNITS) * 100)}
        fit={zoom.fit}
        onZoomIn={() => zoomBy(1.25)}
        onZoomOut={() => zoomBy(0.8)}
        onFit={() => setZoom({ fit: true })}
        canZoomIn={scale < MAX_SCALE}
        canZoomOut={scale > MIN_SCALE}
      />
      <PdfSearchBar
        query={query}
        onQuery={setQuery}
        onNext={() => step(1)}
        onPrevious={() => step(-1)}
        status={
          texts.status === 'error'
            ? 'Search is not available for this PDF.'
            : describeMatch(index, matches, searched)
        }
        searching={searching}
        hasMatches={matches.length > 0}
      />
      <div
        ref={viewportRef}
        className={classes.viewport}
        tabIndex={0}
        role="region"
        aria-label={`${fileName}, page ${page} of ${pageCount}`}
      >
        <PdfPage
          doc={doc}
          pdfjs={pdfjs}
          pageNumber={page}
          zoom={zoom}
          availableWidth={width}
          matches={onPage.ranges}
          current={onPage.current}
          onScale={setScale}
        />
      </div>
    </Stack>
  );
}
