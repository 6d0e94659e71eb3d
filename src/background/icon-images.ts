// The toolbar icons as decoded pixels, made once per worker start: setIcon({ path }) makes the browser
// fetch and decode the PNGs again on every call, which is work while a page loads; setIcon({ imageData })
// with pixels decoded once is not. Falls back to the paths where decoding is not available.
type IconPaths = Readonly<Record<16 | 32, string>>;
type IconPixels = Record<16 | 32, ImageData>;

const decoded = new Map<string, Promise<IconPixels | null>>();

async function decode(paths: IconPaths): Promise<IconPixels | null> {
  if (typeof OffscreenCanvas !== 'function' || typeof createImageBitmap !== 'function') return null;
  const out = {} as IconPixels;
  for (const size of [16, 32] as const) {
    const bitmap = await createImageBitmap(await (await fetch(paths[size])).blob());
    const canvas = new OffscreenCanvas(size, size);
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.drawImage(bitmap, 0, 0, size, size);
    out[size] = context.getImageData(0, 0, size, size);
  }
  return out;
}

/** The icon for setIcon: decoded pixels once available, else its paths. */
export async function iconFor(paths: IconPaths): Promise<{ imageData: IconPixels } | { path: IconPaths }> {
  const key = paths[16];
  let pixels = decoded.get(key);
  if (!pixels) decoded.set(key, (pixels = decode(paths).catch(() => null)));
  const ready = await pixels;
  return ready ? { imageData: ready } : { path: paths };
}
