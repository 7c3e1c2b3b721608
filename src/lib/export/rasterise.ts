/**
 * PNG of an SVG document at `scale` times its size, drawn by the browser itself (an <img> of the SVG onto a
 * canvas). A blob: URL, which the Content-Security-Policy allows for images (img-src 'self' data: blob:).
 */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const ctx = canvas.getContext('2d');
    if (ctx === null) throw new Error('No 2D canvas in this browser');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b === null ? reject(new Error('The PNG could not be made')) : resolve(b)), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
