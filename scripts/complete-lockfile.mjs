#!/usr/bin/env node
// Adds lockfile entries for platform-specific optional packages (other OSes and CPUs) that the
// package registry mirror does not serve, so that `npm ci` accepts the lockfile on every machine.
// npm skips these entries at install time on a non-matching platform; it only needs them listed.
// Run after `npm install` changes dependencies: `npm run lock:complete` (the lockfile test checks it).
import { readFileSync, writeFileSync } from 'node:fs';

const OS = ['darwin', 'linux', 'win32', 'freebsd', 'openbsd', 'netbsd', 'android', 'openharmony', 'sunos', 'aix'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el'];

/** os/cpu/libc of a platform package, read from its name (e.g. @rollup/rollup-linux-arm-musleabihf). */
export function platformOf(name) {
  const tokens = name.split('/').pop().split('-');
  const os = tokens.find((t) => OS.includes(t));
  const cpu = tokens.find((t) => CPU.includes(t));
  if (!os || !cpu) return null;
  const libc = tokens.some((t) => t.startsWith('musl')) ? 'musl' : os === 'linux' && tokens.some((t) => t.startsWith('gnu')) ? 'glibc' : null;
  return { os: [os], cpu: [cpu], ...(libc ? { libc: [libc] } : {}) };
}

export function missingPlatformEntries(lock) {
  const added = {};
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
      const base = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
      const hoisted = `node_modules/${name}`;
      if (lock.packages[base] || lock.packages[hoisted] || added[hoisted]) continue;
      const platform = platformOf(name);
      if (!platform) continue;
      added[hoisted] = {
        version: range.replace(/^[\^~=]/, ''),
        ...(entry.dev ? { dev: true } : {}),
        ...(entry.devOptional ? { devOptional: true } : {}),
        optional: true,
        ...platform,
      };
    }
  }
  return added;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'package-lock.json';
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  const added = missingPlatformEntries(lock);
  if (process.argv.includes('--check')) {
    const names = Object.keys(added);
    if (names.length) {
      console.error(`package-lock.json lacks ${names.length} platform entries (e.g. ${names[0]}): run npm run lock:complete`);
      process.exit(1);
    }
  } else {
    const packages = { ...lock.packages, ...added };
    lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
    writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
    console.log(`Added ${Object.keys(added).length} platform entries to ${file}.`);
  }
}
