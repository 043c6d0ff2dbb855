#!/usr/bin/env node
// Draws the add-in's icons (a white check mark on a deep-blue shield) as RGBA PNGs,
// using only Node built-ins: shapes are sampled 8x8 per pixel for smooth edges, and the
// PNG is assembled by hand (zlib for IDAT, a table-driven CRC-32 for the chunks).
// Run: node assets/draw-icons.js  → writes assets/icon-16.png, -32, -64, -80.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
const SHIELD = [0x0b, 0x4f, 0x9c]; // deep blue body
const RIM = [0x06, 0x2e, 0x5e]; // darker rim, keeps the edge visible on dark ribbons
const MARK = [0xff, 0xff, 0xff];

// ---- geometry, in unit coordinates (0..1, y down) ----
const CX = 0.5;
const TOP = 0.07;
const SHOULDER = 0.52; // where the straight sides give way to the curved point
const BOTTOM = 0.95;
const HALF_W = 0.39;

/** Half-width of the shield at height y (straight sides, then a curved point), or -1 outside. */
function shieldHalfWidth(y, inset) {
  const bottom = BOTTOM - inset * 1.6;
  const half = HALF_W - inset;
  if (y > bottom) return -1;
  if (y < SHOULDER) return half;
  const t = (y - SHOULDER) / (bottom - SHOULDER);
  return half * Math.sqrt(Math.max(0, 1 - t * t)) * (1 - 0.15 * t);
}

function insideShield(x, y, inset) {
  const hw = shieldHalfWidth(y, inset);
  if (hw < 0) return false;
  const dx = Math.abs(x - CX);
  if (dx > hw) return false;
  // the top edge dips slightly towards the centre, like a heraldic shield
  const u = Math.min(1, dx / (HALF_W - inset));
  return y >= TOP + inset + 0.05 * (1 - u * u);
}

function distToSegment(px, py, ax, ay, bx, by) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  const dx = px - (ax + t * vx);
  const dy = py - (ay + t * vy);
  return Math.sqrt(dx * dx + dy * dy);
}

const CHECK = [
  [0.3, 0.52],
  [0.45, 0.67],
  [0.71, 0.36],
];

function insideCheck(x, y, halfStroke) {
  for (let i = 0; i + 1 < CHECK.length; i++) {
    const [ax, ay] = CHECK[i];
    const [bx, by] = CHECK[i + 1];
    if (distToSegment(x, y, ax, ay, bx, by) <= halfStroke) return true;
  }
  return false;
}

function drawIcon(size) {
  const rim = Math.max(1.1 / size, 0.035); // at least about one pixel
  const halfStroke = Math.max(0.075, 1.3 / size);
  const SS = 8;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let nRim = 0;
      let nBody = 0;
      let nMark = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          if (!insideShield(x, y, 0)) continue;
          if (!insideShield(x, y, rim)) nRim++;
          else if (insideCheck(x, y, halfStroke)) nMark++;
          else nBody++;
        }
      }
      const total = nRim + nBody + nMark;
      const o = (py * size + px) * 4;
      if (total === 0) continue; // fully transparent
      for (let c = 0; c < 3; c++) {
        rgba[o + c] = Math.round((RIM[c] * nRim + SHIELD[c] * nBody + MARK[c] * nMark) / total);
      }
      rgba[o + 3] = Math.round((255 * total) / (SS * SS));
    }
  }
  return rgba;
}

// ---- PNG encoding ----
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  const file = path.join(__dirname, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, drawIcon(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size})`);
}
