import { lazy, Suspense } from 'react';
import { HtmlViewer } from './HtmlViewer';
import { ImageViewer } from './ImageViewer';
import { MarkdownViewer } from './MarkdownViewer';
import { MediaViewer } from './MediaViewer';
import { OtherViewer } from './OtherViewer';
import { SvgViewer } from './SvgViewer';
import { TextViewer } from './TextViewer';
import { ViewerLoading } from './ViewerLoading';
import { viewerKind } from './viewerKind';

// pdf.js and mammoth are large: load them when the first PDF or DOCX is opened.
const PdfViewer = lazy(() => import('./PdfViewer').then((m) => ({ default: m.PdfViewer })));
const DocxViewer = lazy(() => import('./DocxViewer').then((m) => ({ default: m.DocxViewer })));

export interface EvidenceViewerProps {
  /**
   * Where the bytes are: `attest-evidence://evidence/<sha256>` in Electron,
   * `http://app.localhost/evidence/<sha256>` in the test harness. The host
   * decides; the viewer never builds it.
   */
  readonly src: string;
  /** The media type main sniffed from the bytes. */
  readonly mediaType: string;
  readonly fileName: string;
  /** Size in bytes. */
  readonly size: number;
  /** Opens the file with the system's app (after the viewer's own confirmation). */
  readonly onOpenExternally?: () => void;
}

/** Shows one piece of evidence with the viewer for its type; nothing in it ever runs. */
export function EvidenceViewer({
  src,
  mediaType,
  fileName,
  size,
  onOpenExternally,
}: EvidenceViewerProps) {
  const kind = viewerKind(mediaType, fileName);
  switch (kind) {
    case 'pdf':
      return (
        <Suspense fallback={<ViewerLoading label={`Opening ${fileName}…`} />}>
          <PdfViewer src={src} fileName={fileName} />
        </Suspense>
      );
    case 'docx':
      return (
        <Suspense fallback={<ViewerLoading label={`Converting ${fileName}…`} />}>
          <DocxViewer src={src} fileName={fileName} />
        </Suspense>
      );
    case 'image':
      return <ImageViewer src={src} fileName={fileName} />;
    case 'svg':
      return <SvgViewer src={src} fileName={fileName} />;
    case 'audio':
    case 'video':
      return <MediaViewer src={src} fileName={fileName} kind={kind} />;
    case 'text':
      return <TextViewer src={src} fileName={fileName} size={size} />;
    case 'markdown':
      return <MarkdownViewer src={src} fileName={fileName} size={size} />;
    case 'html':
      return <HtmlViewer src={src} fileName={fileName} size={size} />;
    case 'other':
      return (
        <OtherViewer
          fileName={fileName}
          mediaType={mediaType}
          size={size}
          onOpenExternally={onOpenExternally}
        />
      );
  }
}
