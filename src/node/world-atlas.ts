/**
 * Reads the Natural Earth 1:50m country topology shipped by the world-atlas package. The 1:110m
 * file has no Singapore; 1:50m has it as a polygon a few pixels wide. Node-only (file I/O), so
 * the pure map layout in src/lib never touches the disk.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { WorldTopology } from '../lib/tier-map.ts';

let cached: WorldTopology | undefined;

/** The parsed topology, read once per process. */
export function loadWorldAtlas(): WorldTopology {
  cached ??= JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8')) as WorldTopology;
  return cached;
}
