/**
 * Turns untrusted HTML (Moodle's onlinetext.html, mammoth's DOCX output,
 * rendered Markdown) into inert DOM for the viewer. DOMPurify removes
 * scripts, event handlers, frames, forms, styles and anything outside plain
 * HTML (no SVG or MathML); then every link loses its href (nothing opens,
 * and the app's hash router never sees `#…`), and every image that is not
 * an embedded raster `data:` image is removed, so nothing is ever fetched.
 * The result is a DocumentFragment for `replaceChildren`: no string round
 * trip through the HTML parser after sanitizing.
 */
import DOMPurify from 'dompurify';
import type { Config } from 'dompurify';

export interface SanitizedHtml {
  readonly fragment: DocumentFragment;
  /** Elements and attributes DOMPurify removed (scripts, handlers, frames…). */
  readonly removedUnsafe: number;
  /** Images that pointed outside the file. */
  readonly removedImages: number;
  /** Links kept as text only. */
  readonly disabledLinks: number;
}

const rasterDataUri = /^data:image\/(?:png|jpe?g|gif|webp|bmp|avif);base64,[a-z0-9+/=\s]+$/i;

const purifier = DOMPurify(window);

const config: Config & { RETURN_DOM_FRAGMENT: true } = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style',
    'script',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'option',
    'link',
    'meta',
    'base',
    'audio',
    'video',
    'source',
    'track',
    'picture',
    'canvas',
    'map',
    'area',
    'dialog',
    'template',
  ],
  FORBID_ATTR: [
    'style',
    'class',
    'id',
    'name',
    'srcset',
    'sizes',
    'target',
    'ping',
    'action',
    'formaction',
    'background',
    'poster',
    'usemap',
    'tabindex',
    'accesskey',
    'autofocus',
    'contenteditable',
    'role',
  ],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  RETURN_DOM_FRAGMENT: true,
};

export function sanitizeEvidenceHtml(html: string): SanitizedHtml {
  const fragment = purifier.sanitize(html, config);
  const removedUnsafe = purifier.removed.length;

  let disabledLinks = 0;
  for (const link of fragment.querySelectorAll('a')) {
    const href = link.getAttribute('href');
    link.removeAttribute('href');
    if (href !== null && href.trim() !== '') {
      disabledLinks += 1;
      link.setAttribute('title', `Link not opened from evidence: ${href.slice(0, 300)}`);
    }
  }

  let removedImages = 0;
  for (const image of fragment.querySelectorAll('img')) {
    const src = image.getAttribute('src') ?? '';
    if (!rasterDataUri.test(src)) {
      removedImages += 1;
      const alt = (image.getAttribute('alt') ?? '').trim().slice(0, 200);
      const note = alt === '' ? '[image not shown]' : `[image not shown: ${alt}]`;
      image.replaceWith(fragment.ownerDocument.createTextNode(note));
      continue;
    }
    if ((image.getAttribute('alt') ?? '').trim() === '') {
      image.setAttribute('alt', 'Image in the evidence (no description given)');
    }
  }

  return { fragment, removedUnsafe, removedImages, disabledLinks };
}
