import { crc32, deflateSync } from "node:zlib";
import { encode } from "uqr";

/**
 * A QR code as a PNG image, for email (mail clients show PNG; many block SVG). uqr makes the code; the PNG is
 * written here with Node's own zlib, because an image library (pngjs, sharp) would more than double the
 * notifier's bundle for a black-and-white picture: 8-bit grayscale, one filter byte per row, no interlace.
 */
export function qrPng(text: string, pixelsPerModule = 6): Buffer {
  const qr = encode(text, { border: 4 });
  const side = qr.size * pixelsPerModule;
  const rows = Buffer.alloc((side + 1) * side, 0xff);
  for (let y = 0; y < side; y++) {
    const row = y * (side + 1);
    rows[row] = 0; // filter: none
    const modules = qr.data[Math.floor(y / pixelsPerModule)]!;
    for (let x = 0; x < side; x++) if (modules[Math.floor(x / pixelsPerModule)]) rows[row + 1 + x] = 0;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 0, 0, 0, 0], 8); // bit depth 8, grayscale, deflate, no filter method, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(rows)), chunk("IEND", Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}
