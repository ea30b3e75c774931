import { ImageViewer } from './ImageViewer';

export interface SvgViewerProps {
  readonly src: string;
  readonly fileName: string;
}

/**
 * SVG evidence is only ever an <img src>: an image-context SVG runs no
 * scripts, no handlers and loads nothing. Never inline it, nor put it in an
 * <object>, <embed> or <iframe>.
 */
export function SvgViewer({ src, fileName }: SvgViewerProps) {
  return <ImageViewer src={src} fileName={fileName} kind="svg" />;
}
