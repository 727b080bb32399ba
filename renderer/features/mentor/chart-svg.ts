// The on-screen summary chart as a standalone SVG file (stacked bar per kab/kota, typology A–E, legend), built from
// the same numbers so the download matches the screen without rasterising the page.
import type { Summary } from '../../../shared/api/contract-mentor';

const LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;
/** The same colours as mentor.css .seg.t-A…E. */
const FILL = { A: '#1d6b3a', B: '#52a36f', C: '#3f7cc0', D: '#e0a93a', E: '#b8562f' } as const;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function summaryChartSvg(s: Summary, o: { title: string; legend: (t: string) => string }): string {
  const W = 760;
  const labelW = 200;
  const valueW = 50;
  const barW = W - labelW - valueW - 30;
  const rowH = 28;
  const top = 44;
  const max = Math.max(1, ...s.rows.map((r) => r.total));
  const rows = s.rows.map((r, i) => {
    const y = top + i * rowH;
    let x = labelW + 10;
    const segs = LETTERS.filter((l) => r[l] > 0).map((l) => {
      const w = (r[l] / max) * barW;
      const seg = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowH - 8}" fill="${FILL[l]}"><title>${l}: ${r[l]}</title></rect>`
        + (w >= 22 ? `<text x="${(x + w / 2).toFixed(1)}" y="${y + 15}" text-anchor="middle" fill="#fff" font-size="11" font-weight="700">${r[l]}</text>` : '');
      x += w;
      return seg;
    }).join('');
    return `<text x="${labelW}" y="${y + 15}" text-anchor="end" font-size="13">${esc(r.regionName)}</text>${segs}`
      + `<text x="${W - 10}" y="${y + 15}" text-anchor="end" font-size="13" font-weight="700">${r.total}</text>`;
  }).join('\n');
  const ly = top + s.rows.length * rowH + 14;
  const legend = LETTERS.map((l, i) => `<rect x="${labelW + 10 + i * 100}" y="${ly}" width="12" height="12" fill="${FILL[l]}"/><text x="${labelW + 28 + i * 100}" y="${ly + 11}" font-size="12">${esc(o.legend(l))}</text>`).join('');
  const H = ly + 30;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Liberation Sans, Arial, sans-serif">
<rect width="100%" height="100%" fill="#fff"/>
<text x="10" y="24" font-size="15" font-weight="700">${esc(o.title)}</text>
${rows}
${legend}
</svg>
`;
}

/** UTF-8 text as base64, for saveBase64. */
export function textToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
