import { markdownToHtml } from './markdownToHtml';
import { SanitizedHtml } from './SanitizedHtml';
import { TextPreview } from './TextPreview';

export interface MarkdownViewerProps {
  readonly src: string;
  readonly fileName: string;
  readonly size: number;
}

/** Markdown rendered by marked (raw HTML escaped), then sanitized: nothing runs, nothing loads. */
export function MarkdownViewer({ src, fileName, size }: MarkdownViewerProps) {
  return (
    <TextPreview src={src} fileName={fileName} size={size}>
      {(text) => <SanitizedHtml html={markdownToHtml(text)} label={`Contents of ${fileName}`} />}
    </TextPreview>
  );
}
