// Decides whether a stored file may be handed to the OS's default program: documents and images only.
//
// The OS picks the program from the extension of the copy we open, so the extension is what must be safe; the
// stored media type and the file's first bytes must both agree with it, because name and media type alike come
// from whoever uploaded the file. Everything not on the list (programs, scripts, shortcuts, installers, web
// pages, SVG, macro-enabled Office files, archives, disk images) is refused; the user can still show it in its folder.

export interface OpenCandidate {
  /** The name the opened copy gets (sanitised original name): its extension chooses the program. */
  fileName: string;
  /** The media type stored with the record (as the uploading browser reported it). */
  mediaType: string;
  /** The first bytes of the file (4 KiB is plenty). */
  head: Uint8Array;
}

export type OpenDecision =
  | { allowed: true; extension: string }
  | { allowed: false; extension: string; reason: 'extension' | 'media-type' | 'content' };

type Sniff = (b: Uint8Array) => boolean;

const ascii = (b: Uint8Array, at: number, text: string) => text.split('').every((c, i) => b[at + i] === c.charCodeAt(0));
const bytes = (b: Uint8Array, at: number, sig: number[]) => sig.every((v, i) => b[at + i] === v);

const isPdf: Sniff = (b) => {
  // Readers accept the header anywhere in the first KiB (some scanners prepend junk).
  const limit = Math.min(b.length, 1024);
  for (let i = 0; i + 5 <= limit; i++) if (ascii(b, i, '%PDF-')) return true;
  return false;
};
const isZip: Sniff = (b) => bytes(b, 0, [0x50, 0x4b, 0x03, 0x04]);
/** OpenDocument: a zip whose first entry is the uncompressed "mimetype" file naming an ODF type. */
const isOdf: Sniff = (b) => isZip(b) && ascii(b, 30, 'mimetypeapplication/vnd.oasis.opendocument.');
/** Old binary Office files (doc, xls, ppt) are OLE compound files. */
const isOle: Sniff = (b) => bytes(b, 0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Plain text: no NUL bytes, unless it is UTF-16 with a byte order mark. Executables are full of NULs. */
const isText: Sniff = (b) => bytes(b, 0, [0xff, 0xfe]) || bytes(b, 0, [0xfe, 0xff]) || !b.includes(0);
const isHeif: Sniff = (b) => ascii(b, 4, 'ftyp') && ['heic', 'heix', 'hevc', 'heif', 'mif1', 'msf1'].some((brand) => ascii(b, 8, brand));

const OOXML = 'application/vnd.openxmlformats-officedocument.';
const ODF = 'application/vnd.oasis.opendocument.';

/** Extension → media types a browser may report for it, and what its content must look like. */
const ALLOWED: Record<string, { types: string[]; sniff: Sniff }> = {
  pdf: { types: ['application/pdf', 'application/x-pdf'], sniff: isPdf },
  png: { types: ['image/png'], sniff: (b) => bytes(b, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  jpg: { types: ['image/jpeg', 'image/pjpeg'], sniff: (b) => bytes(b, 0, [0xff, 0xd8, 0xff]) },
  jpeg: { types: ['image/jpeg', 'image/pjpeg'], sniff: (b) => bytes(b, 0, [0xff, 0xd8, 0xff]) },
  gif: { types: ['image/gif'], sniff: (b) => ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a') },
  webp: { types: ['image/webp'], sniff: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP') },
  bmp: { types: ['image/bmp', 'image/x-ms-bmp'], sniff: (b) => ascii(b, 0, 'BM') },
  tif: { types: ['image/tiff'], sniff: (b) => ascii(b, 0, 'II*\0') || ascii(b, 0, 'MM\0*') },
  tiff: { types: ['image/tiff'], sniff: (b) => ascii(b, 0, 'II*\0') || ascii(b, 0, 'MM\0*') },
  heic: { types: ['image/heic', 'image/heif'], sniff: isHeif },
  heif: { types: ['image/heic', 'image/heif'], sniff: isHeif },
  docx: { types: [OOXML + 'wordprocessingml.document'], sniff: isZip },
  xlsx: { types: [OOXML + 'spreadsheetml.sheet'], sniff: isZip },
  pptx: { types: [OOXML + 'presentationml.presentation'], sniff: isZip },
  // The old binary formats can carry macros, but Office keeps them disabled by default, and LKS archives are full of them.
  doc: { types: ['application/msword'], sniff: isOle },
  xls: { types: ['application/vnd.ms-excel'], sniff: isOle },
  ppt: { types: ['application/vnd.ms-powerpoint'], sniff: isOle },
  odt: { types: [ODF + 'text'], sniff: isOdf },
  ods: { types: [ODF + 'spreadsheet'], sniff: isOdf },
  odp: { types: [ODF + 'presentation'], sniff: isOdf },
  odg: { types: [ODF + 'graphics'], sniff: isOdf },
  rtf: { types: ['application/rtf', 'text/rtf'], sniff: (b) => ascii(b, 0, '{\\rtf') },
  txt: { types: ['text/plain'], sniff: isText },
  // Windows reports .csv as Excel's type when Office is installed.
  csv: { types: ['text/csv', 'text/plain', 'application/csv', 'text/x-csv', 'text/comma-separated-values', 'application/vnd.ms-excel'], sniff: isText },
};

/** Types that say nothing about the content (the browser did not know); then extension and content decide. */
const UNSPECIFIED = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

export const OPENABLE_EXTENSIONS: readonly string[] = Object.keys(ALLOWED);

export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(fileName);
  return m ? m[1].toLowerCase() : '';
}

export function openDecision(c: OpenCandidate): OpenDecision {
  const extension = extensionOf(c.fileName);
  const rule = Object.prototype.hasOwnProperty.call(ALLOWED, extension) ? ALLOWED[extension] : undefined;
  if (!rule) return { allowed: false, extension, reason: 'extension' };
  const type = c.mediaType.split(';')[0].trim().toLowerCase();
  if (!UNSPECIFIED.has(type) && !rule.types.includes(type)) return { allowed: false, extension, reason: 'media-type' };
  if (!rule.sniff(c.head)) return { allowed: false, extension, reason: 'content' };
  return { allowed: true, extension };
}

/** Why a file is not opened, in both languages, pointing to the way that remains. */
export function refusalMessage(d: Extract<OpenDecision, { allowed: false }>): string {
  const ext = d.extension ? `.${d.extension}` : '';
  if (d.reason === 'extension') {
    return `Demi keamanan, berkas jenis ini${ext ? ` (${ext})` : ''} tidak dibuka langsung dari Swanilai; hanya dokumen dan gambar. Gunakan "Tampilkan di folder". / For safety, Swanilai does not open this type of file${ext ? ` (${ext})` : ''} directly; only documents and images. Use "Show in folder".`;
  }
  return `Isi berkas tidak cocok dengan jenisnya (${ext}), jadi tidak dibuka langsung demi keamanan. Gunakan "Tampilkan di folder". / The file's content does not match its type (${ext}), so it is not opened directly, for safety. Use "Show in folder".`;
}
