import type { PDFDocumentProxy, RenderTask, TextLayer } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import classes from './PdfPage.module.css';
import type { ItemRange } from './pdfSearch';
import type { PdfModule } from './usePdfDocument';
import { ViewerError } from './ViewerError';

/** pdf.js's CSS pixels per PDF point: "100 %" is the page's printed size. */
export const CSS_UNITS = 96 / 72;

export type PdfZoom = { readonly fit: true } | { readonly fit: false; readonly scale: number };

export interface PdfPageProps {
  readonly doc: PDFDocumentProxy;
  readonly pdfjs: PdfModule;
  readonly pageNumber: number;
  readonly zoom: PdfZoom;
  /** Width the page may take when fitted. */
  readonly availableWidth: number;
  /** Every search match on this page, as parts of text items. */
  readonly matches: readonly (readonly ItemRange[])[];
  /** Index in `matches` of the current match, or -1. */
  readonly current: number;
  /** The scale actually used (for the zoom readout and zooming from "fit"). */
  readonly onScale: (scale: number) => void;
}

interface Drawn {
  readonly key: string;
  readonly textLayer: TextLayer;
}

/** One page: the canvas drawing, and pdf.js's text layer over it (selectable, searchable, read by screen readers). */
export function PdfPage({
  doc,
  pdfjs,
  pageNumber,
  zoom,
  availableWidth,
  matches,
  current,
  onScale,
}: PdfPageProps) {
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const textLayerDiv = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const fitWidth = zoom.fit ? Math.max(200, Math.floor(availableWidth / 8) * 8) : 0;
  const fixedScale = zoom.fit ? 0 : zoom.scale;
  const key = `${pageNumber}:${fitWidth}:${fixedScale}`;

  useEffect(() => {
    let cancelled = false;
    // Read through a function: TypeScript would otherwise keep its narrowing across awaits.
    const isCancelled = () => cancelled;
    let task: RenderTask | null = null;
    let layer: TextLayer | null = null;
    const draw = async () => {
      const page = await doc.getPage(pageNumber);
      const target = canvas.current;
      const container = textLayerDiv.current;
      const wrapper = frame.current;
      if (isCancelled() || target === null || container === null || wrapper === null) return;
      const unscaled = page.getViewport({ scale: 1 });
      const scale = fixedScale > 0 ? fixedScale : (fitWidth - 2) / unscaled.width;
      const viewport = page.getViewport({ scale });
      const ratio = window.devicePixelRatio || 1;
      target.width = Math.floor(viewport.width * ratio);
      target.height = Math.floor(viewport.height * ratio);
      wrapper.style.width = `${Math.floor(viewport.width)}px`;
      wrapper.style.height = `${Math.floor(viewport.height)}px`;
      wrapper.style.setProperty('--total-scale-factor', String(scale));
      onScale(scale);
      task = page.render({
        canvas: target,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
      });
      container.replaceChildren();
      layer = new pdfjs.TextLayer({
        textContentSource: page.streamTextContent(),
        container,
        viewport,
      });
      await Promise.all([task.promise, layer.render()]);
      if (!isCancelled()) setDrawn({ key, textLayer: layer });
    };
    draw().catch((error: unknown) => {
      if (
        isCancelled() ||
        (error instanceof Error && error.name === 'RenderingCancelledException')
      ) {
        return;
      }
      setFailed(key);
    });
    return () => {
      cancelled = true;
      task?.cancel();
      layer?.cancel();
    };
    // onScale is a state setter from the parent; key covers page, width and scale.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc, pdfjs, key]);

  useEffect(() => {
    if (drawn === null || drawn.key !== key) return;
    highlight(drawn.textLayer, matches, current);
  }, [drawn, key, matches, current]);

  if (failed === key) return <ViewerError message={`Page ${pageNumber} could not be drawn.`} />;
  return (
    <div ref={frame} className={classes.page} data-page-number={pageNumber}>
      <canvas ref={canvas} className={classes.canvas} aria-hidden="true" />
      <div ref={textLayerDiv} className={classes.textLayer} />
    </div>
  );
}

/** Wraps matched text in <mark> inside the text layer's spans and scrolls the current match into view. */
function highlight(
  layer: TextLayer,
  matches: readonly (readonly ItemRange[])[],
  current: number,
): void {
  const divs = layer.textDivs;
  const strings = layer.textContentItemsStr;
  const byItem = new Map<number, { start: number; end: number; current: boolean }[]>();
  matches.forEach((ranges, index) => {
    for (const range of ranges) {
      const list = byItem.get(range.item) ?? [];
      list.push({ start: range.start, end: range.end, current: index === current });
      byItem.set(range.item, list);
    }
  });
  let currentMark: HTMLElement | null = null;
  for (const [item, div] of divs.entries()) {
    const text = strings[item] ?? '';
    const ranges = byItem.get(item);
    if (ranges === undefined) {
      if (div.childElementCount > 0) div.textContent = text;
      continue;
    }
    const parts: Node[] = [];
    let at = 0;
    for (const range of ranges.sort((a, b) => a.start - b.start)) {
      if (range.start > at) parts.push(document.createTextNode(text.slice(at, range.start)));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(Math.max(at, range.start), range.end);
      if (range.current) {
        mark.dataset.current = 'true';
        currentMark ??= mark;
      }
      parts.push(mark);
      at = Math.max(at, range.end);
    }
    if (at < text.length) parts.push(document.createTextNode(text.slice(at)));
    div.replaceChildren(...parts);
  }
  currentMark?.scrollIntoView({ block: 'center', inline: 'nearest' });
}
