#!/usr/bin/env node
// resources/icon/sovon.svg → icon.png (256×256, the installer's and Linux's) and icon.ico
// (16 to 256, Windows: the exe, the shortcuts, the .sovon files). Run by hand when the drawing
// changes (`node electron/make-icon.mjs`); the results are committed, so packaging needs
// nothing but them. Chromium draws each size from the vector itself (a 16×16 scaled down from
// 256 would be a blur), through the Playwright and Chromium the tests already use: no image
// package to add. The .ico holds small sizes as 32-bit bitmaps, which every Windows shell and
// NSIS read, and 256 as PNG, as Windows' own icons do.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icon');
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/** Each size drawn by Chromium: its PNG and its pixels (RGBA, top row first). */
async function render(svg, sizes) { // svg: base64
  const browser = await chromium.launch({ executablePath: process.env.SOVON_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    return await page.evaluate(async ({ svg, sizes }) => {
      const img = new Image();
      img.src = `data:image/svg+xml;base64,${svg}`;
      await img.decode();
      return sizes.map((size) => {
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = size;
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, 0, 0, size, size);
        return { size, png: canvas.toDataURL('image/png').split(',')[1], rgba: Array.from(ctx.getImageData(0, 0, size, size).data) };
      });
    }, { svg, sizes });
  } finally {
    await browser.close();
  }
}

/** A 32-bit BGRA bitmap as an .ico entry stores it: bottom row first, then an all-clear AND mask. */
function bitmap({ size, rgba }) {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour and mask, one above the other
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4;
      pixels[to] = rgba[from + 2];
      pixels[to + 1] = rgba[from + 1];
      pixels[to + 2] = rgba[from];
      pixels[to + 3] = rgba[from + 3];
    }
  }
  const maskRow = Math.ceil(size / 32) * 4;
  return Buffer.concat([header, pixels, Buffer.alloc(maskRow * size)]);
}

export function ico(images) {
  const head = Buffer.alloc(6 + 16 * images.length);
  head.writeUInt16LE(1, 2); // an icon
  head.writeUInt16LE(images.length, 4);
  let offset = head.length;
  const bodies = images.map((image, i) => {
    const body = image.size >= 256 ? Buffer.from(image.png, 'base64') : bitmap(image);
    const at = 6 + 16 * i;
    head.writeUInt8(image.size >= 256 ? 0 : image.size, at); // 0 means 256
    head.writeUInt8(image.size >= 256 ? 0 : image.size, at + 1);
    head.writeUInt16LE(1, at + 4); // planes
    head.writeUInt16LE(32, at + 6); // bits per pixel
    head.writeUInt32LE(body.length, at + 8);
    head.writeUInt32LE(offset, at + 12);
    offset += body.length;
    return body;
  });
  return Buffer.concat([head, ...bodies]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const images = await render(fs.readFileSync(path.join(dir, 'sovon.svg')).toString('base64'), ICO_SIZES);
  fs.writeFileSync(path.join(dir, 'icon.png'), Buffer.from(images.at(-1).png, 'base64'));
  fs.writeFileSync(path.join(dir, 'icon.ico'), ico(images));
  console.log(`${path.join(dir, 'icon.png')}, ${path.join(dir, 'icon.ico')} (${ICO_SIZES.join(', ')})`);
}
